import DiligenceCore

extension DiligenceStore {
    /// The partner a record belongs to: a partner's own id; the partner of its assessment,
    /// agreement, flag, training record, capacity status or allegation case; `nil` for a subject
    /// that is no record (an account, the installation) or an unknown one.
    public func partner(ofRecord subject: String) throws(StoreError) -> String? {
        try read { db in
            guard
                let kind = try db.value(String.self, "SELECT kind FROM instance WHERE subject = ?", [subject])
            else { return nil }
            if kind == PartnerKind.kind.subject { return subject }
            if let linked = try db.value(
                String.self, "SELECT target FROM link WHERE subject = ? AND role = ?",
                [subject, StartLinks.partnerRole])
            {
                return linked
            }
            guard
                let value = try db.value(String.self, "SELECT value FROM record WHERE subject = ?", [subject])
            else { return nil }
            return JSONValue(text: value)?["partner"]?.stringValue
        }
    }
}
