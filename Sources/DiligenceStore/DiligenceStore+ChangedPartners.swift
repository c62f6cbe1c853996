extension DiligenceStore {
    /// The partners whose records may have changed after the log's position `seq`: those the
    /// events since are about, the partners the records among them (an assessment, a flag, an
    /// agreement, a case) are linked to, and the country-level records of the headquarters
    /// records among those (which show their headquarters' flags). `nil` when more than `limit`
    /// events were logged since (the caller then reads every partner again), or when `seq` is
    /// past the log's head (another log).
    public func partnersChanged(after seq: Int, limit: Int) throws(StoreError) -> Set<String>? {
        try read { db in
            let head = try LogHead.read(db).seq
            guard seq <= head, head - seq <= limit else { return nil }
            var partners = Set(
                try db.values(
                    String.self,
                    """
                    SELECT partner.id FROM partner
                    WHERE partner.id IN (SELECT subject FROM event WHERE seq > ?)
                    UNION
                    SELECT link.target FROM link
                    WHERE link.role = 'partner' AND link.subject IN (SELECT subject FROM event WHERE seq > ?)
                    """, [seq, seq]))
            for partner in partners { partners.formUnion(try StartLinks.countryRecords(of: partner, db: db)) }
            return partners
        }
    }
}
