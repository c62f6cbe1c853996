public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// The names of the two assignment events in the log.
    static let assignEvent = "assign_officer"
    static let unassignEvent = "unassign_officer"

    /// Assigns `officer` to follow `partner`: one log row of kind `assignment` and one row in
    /// `partner_officer`, in one transaction. Refused (nothing written) when the actor's role
    /// may not assign, the partner is unknown or the officer is already assigned.
    @discardableResult
    public func assignOfficer(
        _ officer: String, to partner: String, actor: Actor, policy: OfficerAssignmentPolicy, now: Date
    ) throws(StoreError) -> OfficerAssignment {
        let officer = try Self.checkAssignment(officer: officer, actor: actor, policy: policy)
        try checkIsPartner(partner)
        let now = Timestamp.truncated(now)
        return try transaction { db in
            if try Self.assignment(partner: partner, officer: officer, db: db) != nil {
                throw StoreError.invalidInput(
                    field: .officer, problem: .duplicate, values: ["officer": officer, "partner": partner])
            }
            let seq = try Self.appendAssignment(
                Self.assignEvent, partner: partner, officer: officer, actor: actor, now: now, db: db)
            let assignment = OfficerAssignment(
                partner: partner, officer: officer, assignedAt: now, assignedSeq: seq)
            try Self.insert(assignment, db: db)
            return assignment
        }
    }

    /// Ends `officer`'s assignment to `partner`, logged like the assignment. Refused (nothing
    /// written) when the role may not assign or the officer is not assigned to the partner.
    public func unassignOfficer(
        _ officer: String, from partner: String, actor: Actor, policy: OfficerAssignmentPolicy, now: Date
    ) throws(StoreError) {
        let officer = try Self.checkAssignment(officer: officer, actor: actor, policy: policy)
        try checkIsPartner(partner)
        let now = Timestamp.truncated(now)
        try transaction { db in
            guard try Self.assignment(partner: partner, officer: officer, db: db) != nil else {
                let assigned = try Self.officers(of: partner, db: db).map(\.officer)
                throw StoreError.invalidInput(
                    field: .officer, problem: .notAssigned,
                    values: [
                        "officer": officer, "partner": partner, "assigned": assigned.joined(separator: ", "),
                    ])
            }
            try Self.appendAssignment(
                Self.unassignEvent, partner: partner, officer: officer, actor: actor, now: now, db: db)
            try Self.delete(partner: partner, officer: officer, db: db)
        }
    }

    /// The users assigned to `partner`, in the order they were assigned.
    public func officers(of partner: String) throws(StoreError) -> [OfficerAssignment] {
        try read { db in try Self.officers(of: partner, db: db) }
    }

    /// The partners `officer` is assigned to, in id order (blanks around the name do not count).
    public func partners(assignedTo officer: String) throws(StoreError) -> [String] {
        try read { db in try Self.partners(assignedTo: officer, db: db) }
    }

    static func partners(assignedTo officer: String, db: any StoreConnection) throws -> [String] {
        try db.values(
            String.self, "SELECT partner FROM partner_officer WHERE officer = ? ORDER BY partner",
            [officer.trimmingCharacters(in: .whitespaces)])
    }

    /// Refuses an id that is not a partner's, saying what it is when it is another record.
    private func checkIsPartner(_ id: String) throws(StoreError) {
        do {
            _ = try partner(id)
        } catch {
            if case .unknownSubject = error, let other = try? instance(id) {
                throw .invalidInput(
                    field: .partner, problem: .wrongKind, values: ["value": id, "kind": other.kind])
            }
            throw error
        }
    }

    /// Refuses an actor whose role may not assign, and an empty officer name; returns the name
    /// without surrounding blanks.
    private static func checkAssignment(
        officer: String, actor: Actor, policy: OfficerAssignmentPolicy
    ) throws(StoreError) -> String {
        guard actor.user.contains(where: { !$0.isWhitespace }) else {
            throw .invalidInput(field: .actor, problem: .missing, values: ["act": "act"])
        }
        guard policy.mayAssign(actor.role) else {
            throw .invalidInput(
                field: .role, problem: .notPermitted,
                values: [
                    "role": actor.role, "act": "assign-officers",
                    "allowed": policy.assignedBy.joined(separator: ", "),
                ])
        }
        let name = officer.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(where: \.isNewline) else {
            throw .invalidInput(field: .officer, problem: .missing, values: [:])
        }
        return name
    }

    /// Appends the assignment row of the log; the definition hash is the partner lifecycle's.
    @discardableResult
    private static func appendAssignment(
        _ name: String, partner: String, officer: String, actor: Actor, now: Date, db: any StoreConnection
    ) throws -> Int {
        guard let hash = try definitionHash(of: partner, db: db) else {
            throw StoreError.corrupted("the partner \(partner) has no lifecycle")
        }
        let entry = LogEntry(
            subject: partner, kind: "assignment", name: name, actor: actor,
            data: .object(["officer": .string(officer)]), occurredAt: now, definitionHash: hash,
            outcome: .object([:]))
        return try appendOnly(entry, db: db)
    }

    static func assignment(partner: String, officer: String, db: any StoreConnection) throws
        -> OfficerAssignment?
    {
        try db.row(
            "SELECT * FROM partner_officer WHERE partner = ? AND officer = ?",
            [partner, officer]
        ).map(assignment)
    }

    static func officers(of partner: String, db: any StoreConnection) throws -> [OfficerAssignment] {
        try db.rows(
            "SELECT * FROM partner_officer WHERE partner = ? ORDER BY assigned_seq",
            [partner]
        ).map(assignment)
    }

    static func insert(_ assignment: OfficerAssignment, db: any StoreConnection) throws {
        try db.execute(
            "INSERT INTO partner_officer (partner, officer, assigned_at, assigned_seq) VALUES (?, ?, ?, ?)",
            [
                assignment.partner, assignment.officer, Timestamp.format(assignment.assignedAt),
                assignment.assignedSeq,
            ])
    }

    static func delete(partner: String, officer: String, db: any StoreConnection) throws {
        try db.execute(
            "DELETE FROM partner_officer WHERE partner = ? AND officer = ?",
            [partner, officer])
    }

    private static func assignment(_ row: StoreRow) -> OfficerAssignment {
        OfficerAssignment(
            partner: row["partner"], officer: row["officer"],
            assignedAt: Timestamp.parse(row["assigned_at"]) ?? Date(timeIntervalSince1970: 0),
            assignedSeq: row["assigned_seq"])
    }

    /// Replays an assignment row of the log into the replay database; a message when it does
    /// not fit (an unknown partner, a double assignment, an unassignment of no one).
    static func replayAssignment(_ entry: LogEntry, seq: Int, db: any StoreConnection) throws -> String? {
        guard let officer = entry.data["officer"]?.stringValue else {
            return "the assignment does not name its officer"
        }
        guard
            try db.value(Bool.self, "SELECT 1 FROM partner WHERE id = ?", [entry.subject])
                ?? false
        else { return "the assignment concerns a partner that was never registered" }
        let existing = try assignment(partner: entry.subject, officer: officer, db: db)
        switch entry.name {
        case assignEvent:
            guard existing == nil else { return "the log assigns \(officer) twice" }
            try insert(
                OfficerAssignment(
                    partner: entry.subject, officer: officer, assignedAt: entry.occurredAt, assignedSeq: seq),
                db: db)
        case unassignEvent:
            guard existing != nil else { return "the log unassigns \(officer), who was not assigned" }
            try delete(partner: entry.subject, officer: officer, db: db)
        default:
            return "\"\(entry.name)\" is not an assignment event"
        }
        return nil
    }
}

extension DiligenceStore {
    /// Every partner's assigned officers, by partner id, each list in assignment order.
    public func officersByPartner() throws(StoreError) -> [String: [String]] {
        try read { db in
            var result: [String: [String]] = [:]
            for row in try db.rows(
                "SELECT partner, officer FROM partner_officer ORDER BY partner, assigned_seq")
            {
                result[row["partner"], default: []].append(row["officer"])
            }
            return result
        }
    }
}
