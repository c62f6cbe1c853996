import DiligenceCore
import Foundation

/// The rows a partner's training record keeps besides its instance (`T-0001`, running
/// `Workflows/partner-training.yaml`): the record (canonical JSON, pinned to the hash of the
/// training policy it is counted under) and its link to the partner. Shared by the live commands
/// and the replay of `audit verify`, so both write exactly the same rows.
enum TrainingRows {
    /// The `kind` of a training record's record and instance rows, and its workflow's `subject:`.
    static let kind = TrainingKind.kind.subject
    /// Training record ids: `T-0001`.
    static let prefix = TrainingKind.kind.idPrefix
    /// The key of an event's data that holds the policy the change was counted under.
    static let policyKey = "policy"

    /// The training record of `partner`, if one was started.
    static func subject(ofPartner partner: String, db: any StoreConnection) throws -> String? {
        try db.value(
            String.self,
            """
            SELECT record.subject FROM record JOIN link ON link.subject = record.subject
            WHERE record.kind = ? AND link.role = 'partner' AND link.target = ?
            ORDER BY record.subject LIMIT 1
            """, [kind, partner])
    }

    /// The records parsed or written last in this process.
    static let parsed = ParsedTrainingRecords()

    /// The record stored for `subject`, or `nil` when the subject has no training record.
    static func record(_ subject: String, db: any StoreConnection) throws -> PartnerTraining? {
        guard
            let text = try db.value(
                String.self, "SELECT value FROM record WHERE subject = ? AND kind = ?",
                [subject, kind])
        else { return nil }
        if let known = parsed.record(subject, text: text) { return known }
        guard let json = JSONValue(text: text), let record = PartnerTraining(json: json) else {
            throw StoreError.corrupted("the training record \(subject) cannot be read")
        }
        parsed.remember(record, text: text, subject: subject)
        return record
    }

    /// Inserts a new training record (its link to the partner comes from the start event).
    static func insert(_ record: PartnerTraining, subject: String, db: any StoreConnection) throws {
        try db.execute(
            "INSERT INTO record (subject, kind, value, pinned) VALUES (?, ?, ?, ?)",
            [subject, kind, record.json.canonicalText, pin(record.policy)])
    }

    /// Stores a record's new value.
    static func update(_ record: PartnerTraining, subject: String, db: any StoreConnection) throws {
        try update(record, text: record.json.canonicalText, subject: subject, db: db)
    }

    /// Stores a record's new value whose canonical JSON `text` was written already (outside the
    /// write transaction).
    static func update(_ record: PartnerTraining, text: String, subject: String, db: any StoreConnection)
        throws
    {
        let changed = try db.execute(
            "UPDATE record SET value = ?, pinned = ? WHERE subject = ? AND kind = ?",
            [text, pin(record.policy), subject, kind])
        guard changed == 1 else { throw StoreError.corrupted("the record of \(subject) is missing") }
    }

    private static func pin(_ policy: TrainingPolicy) -> String {
        ContentHash.sha256(policy.json.canonicalText)
    }

    /// The start event's data: the partner and the policy the record is first counted under.
    static func startData(_ record: PartnerTraining) -> JSONValue {
        .object([kind: .object(["partner": .string(record.partner), policyKey: record.policy.json])])
    }

    /// The empty record a start event's data describes; `nil` when it describes none.
    static func record(startData data: JSONValue) -> PartnerTraining? {
        guard let start = data[kind], let partner = start["partner"]?.stringValue,
            let policy = start[policyKey].flatMap(TrainingPolicy.init(json:))
        else { return nil }
        return PartnerTraining(partner: partner, policy: policy)
    }

    /// The change and policy an event's data carries; `nil` when it carries none.
    static func change(eventData data: JSONValue) -> (TrainingChange, TrainingPolicy)? {
        guard let change = data[DiligenceStore.changeKey].flatMap(TrainingChange.init(json:)),
            let policy = data[policyKey].flatMap(TrainingPolicy.init(json:))
        else { return nil }
        return (change, policy)
    }

    /// Adds what `partner`'s training record says to its facts: `training_coverage` (the policy
    /// scope's share on the day of `facts.now`, 1 when personnel is recorded but nobody is in the
    /// policy's scope; unset until personnel is recorded), `training_coverage_required` (the
    /// policy's threshold) and `training_renewal_overdue` (training was confirmed and the
    /// threshold is now missed only because trainings passed their renewal period).
    /// The partner lifecycle's event that confirms training, whose presence in the partner's log
    /// the fact `training_renewal_overdue` reads.
    static let confirmTrainingEvent = PartnerKind.confirmTraining.name

    static func contribute(to facts: inout PartnerFactValues, partner: String, db: any StoreConnection) throws
    {
        guard let subject = try subject(ofPartner: partner, db: db), let record = try record(subject, db: db)
        else { return }
        let day = LocalDate(facts.now)
        facts.trainingCoverageRequired = record.policy.coverageThreshold
        guard !record.personnel.isEmpty else { return }
        let coverage = record.coverage(on: day)
        // A training counts from its day until its renewal falls due.
        for training in record.trainings {
            facts.dateChanges.insert(training.date)
            facts.dateChanges.insert(record.policy.renewalDue(forTrainingOn: training.date))
        }
        facts.trainingCoverage = coverage.policyScope.fraction ?? 1
        facts.personnelInScope = coverage.overall.inScope
        facts.personnelTrained = coverage.overall.trained
        let confirmed =
            try db.value(
                Bool.self, "SELECT 1 FROM event WHERE subject = ? AND kind = 'event' AND name = ? LIMIT 1",
                [partner, confirmTrainingEvent]) ?? false
        facts.trainingRenewalOverdue = confirmed && record.renewalLapsed(on: day)
    }
}
