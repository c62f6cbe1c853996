public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// The most people a personnel category or a training session records.
    public static let headCountLimit = 1_000_000

    /// Changes a partner's training record. The record is read and the change checked against it
    /// (sessions already recorded are refused) on a snapshot, without the write lock; then one short
    /// write transaction starts the record (`T-0001`) on the partner's first training event, appends
    /// the event (`record_personnel`, `record_training` or `import_attendance`) that carries the
    /// change and the policy it is counted under, and stores the record. When another writer changed
    /// the record in between, the write writes nothing and the change is checked again (the third
    /// time under the write lock). `imported` says the sessions come from an attendance sheet.
    /// Returns the training record's id and its new value.
    public func changeTraining(
        partner: String, change: TrainingChange, imported: Bool = false, actor: Actor,
        definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> (id: String, record: PartnerTraining) {
        let now = Timestamp.truncated(now)
        let workflow = try Self.checkTrainingChange(change, actor: actor, definitions: definitions, now: now)
        let policy = definitions.trainingPolicy ?? .standard
        let write = TrainingWrite(
            partner: partner, change: change, imported: imported, actor: actor, workflow: workflow,
            policy: policy, definitions: definitions, now: now)
        for _ in 1..<TrainingWrite.attempts {
            let prepared = try read { db in try write.prepare(db: db) }
            hooks.trainingChange(.read)
            let written = try transaction { db -> (id: String, record: PartnerTraining)? in
                hooks.trainingChange(.writing)
                guard try write.stillCurrent(prepared, db: db) else { return nil }
                return try write.apply(prepared, db: db)
            }
            if let written { return written }
        }
        return try transaction { db in
            hooks.trainingChange(.writing)
            return try write.apply(try write.prepare(db: db), db: db)
        }
    }

    /// Refuses sessions identical to ones already recorded (the same day, course, provider and
    /// attendance): an attendance sheet imported twice, or a session typed in twice, would count its
    /// people twice in the coverage. One pass over each: the recorded sessions are counted once.
    static func checkNotRecordedAlready(
        _ change: TrainingChange, in record: PartnerTraining, imported: Bool, partner: String
    ) throws(StoreError) {
        guard case .trainings(let sessions) = change, !record.trainings.isEmpty else { return }
        var recorded: [TrainingRecord: Int] = [:]
        for session in record.trainings { recorded[session, default: 0] += 1 }
        var repeated = 0
        for session in sessions {
            guard let count = recorded[session], count > 0 else { continue }
            recorded[session] = count - 1
            repeated += 1
        }
        guard repeated > 0 else { return }
        if imported {
            throw .invalidInput(
                field: .sheet, problem: .duplicate,
                values: ["repeated": "\(repeated)", "sessions": "\(sessions.count)", "partner": partner])
        }
        throw .invalidInput(field: .course, problem: .duplicate, values: ["partner": partner])
    }

    /// The training workflow event that carries a change.
    static func trainingEvent(_ change: TrainingChange, imported: Bool) -> String {
        switch change {
        case .personnel: TrainingKind.recordPersonnel.name
        case .trainings: imported ? TrainingKind.importAttendance.name : TrainingKind.recordTraining.name
        }
    }

    /// Checks a training change before anything is opened or written: head counts and people
    /// within bounds, a course named, no training dated after today, the training workflow
    /// loaded and the actor's role one of its roles. Returns the training workflow.
    @discardableResult
    public static func checkTrainingChange(
        _ change: TrainingChange, actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> WorkflowDefinition {
        switch change {
        case .personnel(let group):
            guard (0...headCountLimit).contains(group.headCount) else {
                throw .invalidInput(
                    field: .count, problem: .outOfRange,
                    values: ["value": "\(group.headCount)", "minimum": "0", "maximum": "\(headCountLimit)"])
            }
        case .trainings(let records):
            guard !records.isEmpty else {
                throw .invalidInput(field: .sheet, problem: .missing, values: [:])
            }
            let today = LocalDate(now)
            for record in records {
                guard !record.course.trimmingCharacters(in: .whitespaces).isEmpty, record.course.count <= 200
                else {
                    throw .invalidInput(field: .course, problem: .malformed, values: ["limit": "200"])
                }
                guard record.date <= today else {
                    throw .invalidInput(
                        field: .date, problem: .afterToday,
                        values: ["day": "\(record.date)", "today": "\(today)", "record": "training"])
                }
                let people = record.attendance.values.reduce(0) { $0 + $1.unnamedCount + $1.names.count }
                guard (1...headCountLimit).contains(people) else {
                    throw .invalidInput(
                        field: .people, problem: .outOfRange,
                        values: ["value": "\(people)", "minimum": "1", "maximum": "\(headCountLimit)"])
                }
            }
        }
        let workflow = try Self.workflow(
            ofKind: TrainingRows.kind, actor: actor, starting: false, definitions: definitions)
        return workflow
    }

    /// A partner's training record and its id; `nil` when nothing was recorded yet.
    public func training(partner: String) throws(StoreError) -> (id: String, record: PartnerTraining)? {
        _ = try self.partner(partner)
        return try read { db in
            guard let id = try TrainingRows.subject(ofPartner: partner, db: db),
                let record = try TrainingRows.record(id, db: db)
            else { return nil }
            return (id, record)
        }
    }

    /// Confirms a partner's PSEA training: the partner lifecycle's `confirm_training` event, in
    /// one transaction. Refused, naming the threshold and the coverage seen, unless coverage of
    /// the policy's scope reaches the pinned policy's threshold; the workflow's own guard and
    /// roles apply too.
    public func confirmTraining(partner: String, actor: Actor, definitions: DefinitionSet, now: Date)
        throws(StoreError) -> SendResult
    {
        let now = Timestamp.truncated(now)
        return try transaction { db in
            try Self.checkPartner(partner, db: db)
            guard let id = try TrainingRows.subject(ofPartner: partner, db: db),
                let record = try TrainingRows.record(id, db: db), !record.personnel.isEmpty
            else {
                throw StoreError.invalidInput(
                    field: .training, problem: .missing, values: ["partner": partner])
            }
            let coverage = record.coverage(on: LocalDate(now))
            guard coverage.meetsPolicy else {
                throw StoreError.invalidInput(
                    field: .training, problem: .belowPolicy,
                    values: Self.coverageShortfall(coverage, policy: record.policy, partner: partner))
            }
            let result = try Self.stepSubject(
                partner, event: "confirm_training", assignments: [], actor: actor,
                definitions: definitions, now: now, db: db)
            try Self.refreshPartners(linkedTo: partner, definitions: definitions, now: now, db: db)
            return result
        }
    }

    /// The values of a refusal for coverage below the threshold (`trained` of `inScope`, `share`, `threshold`).
    static func coverageShortfall(_ coverage: TrainingCoverage, policy: TrainingPolicy, partner: String)
        -> [String: String]
    {
        let share = coverage.policyScope
        var values = [
            "partner": partner, "trained": "\(share.trained)", "inScope": "\(share.inScope)",
            "categories": policy.categories.map(\.rawValue).joined(separator: ", "),
            "share": Self.percent(share.fraction ?? 0), "threshold": Self.percent(policy.coverageThreshold),
        ]
        if policy.contactWithBeneficiariesOnly { values["contactOnly"] = "true" }
        values["file"] = policy.file
        return values
    }

    /// `85 %`, `33.3 %`.
    public static func percent(_ fraction: Decimal) -> String {
        var value = fraction * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 1, .plain)
        return "\(rounded) %"
    }
}

extension DiligenceStore {
    /// What a training change records, for the line a command prints.
    public static func trainingEventDescription(_ change: TrainingChange) -> String {
        switch change {
        case .personnel(let group):
            "\(group.headCount) \(group.category.rawValue)"
                + (group.inContactWithBeneficiaries
                    ? " in contact with beneficiaries" : " not in contact with beneficiaries")
        case .trainings(let records):
            records.count == 1
                ? "training \"\(records[0].course)\" on \(records[0].date)"
                : "\(records.count) training sessions"
        }
    }
}
