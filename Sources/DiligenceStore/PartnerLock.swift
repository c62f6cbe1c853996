import DiligenceCore

/// Whether a partner is locked: a valid red flag on it stops its lifecycle from entering or
/// staying in `active` and any of its agreements from being cleared, until the flag is resolved.
enum PartnerLock {
    /// The ids of the valid red flags that lock `partner` (`F-0001`, ...), oldest first: its own
    /// red flags and those of its headquarters record (an international NGO's country-level
    /// record inherits them). A flag is a valid red flag while its `risk-flag` instance is in
    /// `red` (read from its active states, ``InstanceStates``, not its snapshot); resolving or
    /// invalidating it ends the lock.
    static func openRedFlags(partner: String, db: any StoreConnection) throws -> [String] {
        var partners = [partner]
        if let headquarters = try StartLinks.headquarters(of: partner, db: db) {
            partners.append(headquarters)
        }
        let marks = Array(repeating: "?", count: partners.count).joined(separator: ", ")
        return try db.values(
            String.self,
            """
            SELECT instance.subject FROM link JOIN instance ON instance.subject = link.subject
            WHERE link.role = 'partner' AND link.target IN (\(marks)) AND instance.kind = ?
                AND instance.complete = 0
                AND EXISTS (SELECT 1 FROM \(db.dialect.jsonArrayElements("instance.states", key: nil, as: "state")) WHERE state.value = '\(FlagKind.red.name)')
            ORDER BY instance.subject
            """, partners + [FlagRows.kind])
    }
}

extension DiligenceStore {
    /// The refusal of an event: when a condition that failed reads `open_red_flags` and red flags
    /// lock the subject, the refusal names them.
    static func refusal(_ subject: String, event: String, _ rejection: Rejection, db: any StoreConnection)
        throws
        -> StoreError
    {
        guard case .guardFailed(_, let failures) = rejection,
            failures.contains(where: { $0.values.contains { $0.path == PartnerFact.openRedFlags.rawValue } })
        else { return .rejected(subject: subject, event: event, rejection) }
        let flags = try PartnerRedFlags.open(partner: subject, db: db)
        return flags.isEmpty
            ? .rejected(subject: subject, event: event, rejection)
            : .locked(subject: subject, event: event, partner: subject, flags: flags, rejection)
    }
}
