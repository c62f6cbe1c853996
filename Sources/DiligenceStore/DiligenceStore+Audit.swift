import DiligenceCore
import Foundation
import GRDB
import Logging

/// The result of `audit verify`.
public struct AuditReport: Sendable {
    /// Log rows whose hashes were checked.
    public var eventsChecked = 0
    /// Records whose snapshots were compared with the replay.
    public var recordsChecked = 0
    /// What is wrong; empty when the log and the snapshots are intact. The first is the first
    /// broken or mismatching row.
    public var problems: [AuditProblem] = []

    /// True when nothing is wrong.
    public var isIntact: Bool { problems.isEmpty }
}

/// One thing `audit verify` found wrong.
public struct AuditProblem: Sendable, CustomStringConvertible {
    /// The log row, when the problem is in the log.
    public var seq: Int?
    /// The record concerned, when known.
    public var subject: String?
    /// What is wrong.
    public var message: String

    /// `event 12 (P-0003): message`.
    public var description: String {
        var place: [String] = []
        if let seq { place.append("event \(seq)") }
        if let subject { place.append(seq == nil ? subject : "(\(subject))") }
        return (place.isEmpty ? "" : place.joined(separator: " ") + ": ") + message
    }
}

extension DiligenceStore {
    /// Proves the log unbroken and the snapshots equal to its replay: recomputes every row's
    /// hash and link, replays every event with the definition it ran under into a fresh
    /// in-memory database, and compares instances, deadlines, flags, notifications and partners.
    /// The log is read a page at a time and each row replayed as it is read, so the memory it
    /// takes grows with the records, not with the log; `progress` is called with the rows
    /// checked and the log's length.
    public func verify(progress: (Int, Int) -> Void = { _, _ in }) throws(StoreError) -> AuditReport {
        // One read transaction for the log and the tables it is compared with: a writer in
        // another process commits before or after this snapshot, never in between.
        try read { db in try Self.verify(db, progress: progress) }
    }

    /// ``verify(progress:)`` on `db`, the log read `pageSize` rows at a time.
    static func verify(
        _ db: any StoreConnection, progress: (Int, Int) -> Void, pageSize: Int = LogPages.size
    ) throws -> AuditReport {
        var report = AuditReport()
        let total = try db.value(Int.self, "SELECT MAX(seq) FROM event") ?? 0
        var replay = try LogReplay(sources: try ReplaySources(db))
        var previousHash = ContentHash.genesis
        var problem: AuditProblem?
        try LogPages.forEach(db, through: nil, pageSize: pageSize) { row in
            let seq: Int = row["seq"]
            let subject: String = row["subject"]
            let expected = report.eventsChecked + 1
            report.eventsChecked += 1
            guard seq == expected else {
                problem = AuditProblem(
                    seq: seq, subject: subject,
                    message: "the log jumps from event \(expected - 1) to \(seq): rows are missing")
                return false
            }
            guard (row["previous_hash"] as String) == previousHash else {
                problem = AuditProblem(
                    seq: seq, subject: subject,
                    message:
                        "the link to the previous event is broken (a row was changed, removed or inserted)")
                return false
            }
            let entry = Self.entry(row)
            let hash = entry.hash(seq: seq, previousHash: previousHash)
            guard (row["hash"] as String) == hash else {
                problem = AuditProblem(
                    seq: seq, subject: subject,
                    message: "the row's content does not match its hash: it was changed after it was written")
                return false
            }
            previousHash = hash
            problem = try replay.apply(entry, seq: seq)
            progress(seq, total)
            return problem == nil
        }
        if let problem {
            report.problems.append(problem)
            return report
        }
        let (problems, records) = try Self.compare(db, with: replay.database, pageSize: pageSize)
        report.problems += problems
        report.recordsChecked = records
        return report
    }

    static func entry(_ row: StoreRow) -> LogEntry {
        LogEntry(
            subject: row["subject"], kind: row["kind"], name: row["name"],
            actor: Actor(user: row["actor"], role: row["role"]),
            data: JSONValue(text: row["data"]) ?? .null,
            occurredAt: Timestamp.parse(row["occurred_at"]) ?? Date(timeIntervalSince1970: 0),
            definitionHash: row["definition_hash"], outcome: JSONValue(text: row["outcome"]) ?? .null)
    }

    /// Replays one logged event into the replay database; returns a problem if the engine, run
    /// again, does not do exactly what the log says.
    static func replay(
        _ entry: LogEntry, seq: Int, sources: [String: (file: String, source: String)],
        definitions: inout [String: WorkflowDefinition], questionnaires: inout ReplayedQuestionnaires,
        catalogues: AgreementReplay.Catalogues, db: any StoreConnection
    ) throws -> AuditProblem? {
        func problem(_ message: String) -> AuditProblem {
            AuditProblem(seq: seq, subject: entry.subject, message: message)
        }
        if entry.kind == "account" || entry.kind == "installation" {
            guard sources[entry.definitionHash] != nil else {
                return problem(
                    "the roles file it was made under (\(entry.definitionHash.prefix(12))) is not in the database"
                )
            }
            let message =
                entry.kind == "account"
                ? try AccountRows.apply(entry, seq: seq, db: db)
                : try AccountRows.applyInstallation(entry, seq: seq, db: db)
            return message.map(problem)
        }
        let definition: WorkflowDefinition
        if let cached = definitions[entry.definitionHash] {
            definition = cached
        } else {
            guard let source = sources[entry.definitionHash] else {
                return problem(
                    "the workflow definition it ran under (\(entry.definitionHash.prefix(12))) is not in the database"
                )
            }
            guard let loaded = WorkflowLoader.load(file: source.file, text: source.source).0 else {
                return problem(
                    "the stored workflow definition \(entry.definitionHash.prefix(12)) no longer loads")
            }
            definitions[entry.definitionHash] = loaded
            definition = loaded
        }
        if entry.kind == "read" {
            // A read of restricted allegation fields changes nothing; the chain covers it.
            let started =
                try db.value(Bool.self, "SELECT 1 FROM instance WHERE subject = ?", [entry.subject]) ?? false
            return started ? nil : problem("the read concerns a record that was never started")
        }
        if entry.kind == "assignment" {
            return try replayAssignment(entry, seq: seq, db: db).map(problem)
        }
        if entry.kind == "start" {
            let agreement = AgreementRows.record(
                startData: entry.data, user: entry.actor.user, at: Timestamp.format(entry.occurredAt))
            let assessment = AssessmentRows.record(startData: entry.data)
            let allegation = AllegationRows.record(startData: entry.data)
            let status = CapacityStatusRows.record(startData: entry.data)
            var facts: [FieldValue] = []
            if let agreement {
                if let message = catalogues.problem(agreement.current.catalogue) { return problem(message) }
                facts = try AgreementRows.facts(agreement, workflow: definition, db: db)
            }
            if let allegation { facts = AllegationRows.facts(allegation, workflow: definition) }
            if let (status, period) = status {
                facts = CapacityStatusRows.facts(status, period: period, workflow: definition)
            }
            if let assessment {
                guard let questionnaire = questionnaires.questionnaire(assessment.questionnaire.hash) else {
                    return problem(
                        "the questionnaire it is pinned to (\(assessment.questionnaire.hash.prefix(12))) is not in the database or no longer loads"
                    )
                }
                facts = AssessmentRows.facts(
                    assessment, questionnaire: questionnaire, workflow: definition, now: entry.occurredAt)
            }
            if let logged = loggedFacts(entry.data, definition: definition) { facts = logged }
            let step = Engine.start(definition, subject: entry.subject, now: entry.occurredAt, facts: facts)
            guard step.outcome(definition: definition, changedFrom: nil) == entry.outcome else {
                return problem("replaying the start does not give what the log records")
            }
            let kind = entry.data["partner"] != nil ? PartnerKind.kind.subject : definition.subject
            try record(
                entry, snapshot: InstanceSnapshot(step.instance, definition: definition),
                workflow: definition,
                subjectKind: kind, effects: step.effects, expectedVersion: nil, seq: seq, db: db)
            for kind in StoredRecordKinds.all { try kind.insertStarted(entry, db: db) }
            return nil
        }
        guard
            let row = try db.row("SELECT * FROM instance WHERE subject = ?", [entry.subject])
        else {
            return problem("the event concerns a record that was never started")
        }
        let hash: String = row["definition_hash"]
        let instance: WorkflowInstance
        do {
            instance = try snapshot(from: row["snapshot"], subject: entry.subject).instance(
                subject: entry.subject, definition: definition)
        } catch {
            return problem("the record cannot be moved to the definition this event ran under")
        }
        if entry.kind == "refresh" {
            guard let facts = loggedFacts(entry.data, definition: definition) else {
                return problem("the refresh does not carry the facts it applied")
            }
            guard
                case .accepted(let step) = Engine.refresh(
                    definition, instance, facts: facts, now: entry.occurredAt),
                step.outcome(definition: definition, changedFrom: hash == definition.hash ? nil : hash)
                    == entry.outcome
            else {
                return problem("replaying the refresh does not give what the log records")
            }
            try record(
                entry, snapshot: InstanceSnapshot(step.instance, definition: definition),
                workflow: definition,
                subjectKind: "", effects: step.effects, expectedVersion: instance.version, seq: seq, db: db)
            return nil
        }
        let assessment = try AssessmentRows.record(entry.subject, db: db)
        let allegation = try AllegationRows.record(entry.subject, db: db)
        var allegationChanged = allegation
        if let allegation, entry.kind == "event", entry.data[AllegationRows.assistanceKey] != nil {
            guard let record = AllegationRows.applyingAssist(entry.data, to: allegation) else {
                return problem("the assistance entry it carries cannot be read")
            }
            allegationChanged = record
        }
        var changed = assessment
        var facts: [FieldValue] = loggedFacts(entry.data, definition: definition) ?? []
        var pinned: Questionnaire?
        if let assessment,
            entry.kind == "event" || entry.kind == "deadline" || entry.kind == "deadline_dropped"
        {
            guard let questionnaire = questionnaires.questionnaire(assessment.questionnaire.hash) else {
                return problem(
                    "the questionnaire it is pinned to (\(assessment.questionnaire.hash.prefix(12))) is not in the database or no longer loads"
                )
            }
            pinned = questionnaire
            if entry.kind == "event", let json = entry.data[changeKey] {
                guard let change = AssessmentChange(json: json) else {
                    return problem("the change it carries cannot be read")
                }
                switch Result(catching: { () throws(AssessmentChangeError) in
                    try assessment.applying(change, questionnaire: questionnaire)
                }) {
                case .success(let record): changed = record
                case .failure(let error): return problem("replaying its change fails: \(error.explanation)")
                }
            }
            facts = AssessmentRows.facts(
                changed ?? assessment, questionnaire: questionnaire, workflow: definition,
                now: entry.occurredAt)
        }
        let agreement = try AgreementRows.record(entry.subject, db: db)
        var changedAgreement = agreement
        if let agreement, entry.kind == "event" {
            switch AgreementReplay.apply(entry, to: agreement, catalogues: catalogues) {
            case .success(let record): changedAgreement = record
            case .failure(let failure): return problem(failure.message)
            }
            facts = try AgreementRows.facts(changedAgreement ?? agreement, workflow: definition, db: db)
        }
        let training = try TrainingRows.record(entry.subject, db: db)
        let trainingChange = training == nil ? nil : TrainingRows.change(eventData: entry.data)
        if training != nil, entry.kind == "event", trainingChange == nil {
            return problem("the training change it carries cannot be read")
        }
        let recordKeys: Set<String> =
            assessment != nil || agreement != nil
            ? [changeKey] : training != nil ? [changeKey, TrainingRows.policyKey] : []
        var input = EventInput(entry.name)
        if entry.kind == "event" {
            for (path, json) in entry.data.objectValue ?? [:]
            where !recordKeys.contains(path) && path != factsKey
                && (allegation == nil || path != AllegationRows.assistanceKey)
            {
                guard let field = definition.field(path) else {
                    return problem("the event carries the unknown field \(path)")
                }
                let value: Value? = json == .null ? nil : Value(json: json, as: field.type)
                input.data.append(FieldValue(field: FieldID(slot: field.slot, path: path), value: value))
            }
            input.data.sort { $0.field.slot < $1.field.slot }
        }
        let changedFrom = hash == definition.hash ? nil : hash
        switch Engine.step(
            definition, instance, event: input, actor: entry.actor, now: entry.occurredAt, facts: facts)
        {
        case .accepted(let step):
            guard entry.kind != "deadline_dropped" else {
                return problem("the log says this deadline was dropped, but the replay accepts its event")
            }
            guard step.outcome(definition: definition, changedFrom: changedFrom) == entry.outcome else {
                return problem("replaying \"\(entry.name)\" does not give what the log records")
            }
            try record(
                entry, snapshot: InstanceSnapshot(step.instance, definition: definition),
                workflow: definition,
                subjectKind: "", effects: step.effects, expectedVersion: instance.version, seq: seq, db: db)
            if let changed, let pinned {
                let noted = changed.noting(entered: step.entered, at: entry.occurredAt, questionnaire: pinned)
                if noted != assessment { try AssessmentRows.update(noted, subject: entry.subject, db: db) }
            }
            if let changedAgreement, changedAgreement != agreement {
                try AgreementRows.update(changedAgreement, subject: entry.subject, db: db)
            }
            if let training, let (change, policy) = trainingChange {
                try TrainingRows.update(
                    training.applying(change, policy: policy), subject: entry.subject, db: db)
            }
            if let allegationChanged, allegationChanged != allegation {
                try AllegationRows.update(allegationChanged, subject: entry.subject, db: db)
            }
        case .rejected(let rejection):
            guard entry.kind == "deadline_dropped" else {
                return problem(
                    "the log records \"\(entry.name)\" as accepted, but the replay refuses it: \(rejection.explanation)"
                )
            }
            try record(
                entry, snapshot: InstanceSnapshot(instance, definition: definition), workflow: definition,
                subjectKind: "", effects: [], expectedVersion: instance.version, seq: seq, db: db)
        }
        return nil
    }

    /// The tables `audit verify` compares with the replay: name, key column, what a row is (for
    /// messages) and order.
    private typealias ComparedTable = (name: String, key: String, what: String, order: String)

    private static let comparedTables: [ComparedTable] = [
        ("instance", "subject", "the snapshot", "subject"), ("partner", "id", "the partner row", "id"),
        ("deadline", "id", "the deadline", "id"),
        ("flag", "id", "the flag", "id"), ("notification", "id", "the notification", "id"),
        ("record", "subject", "the record", "subject"),
        ("link", "subject", "the link", "subject, role, target"),
        ("partner_officer", "partner", "the officer assignment of", "partner, officer"),
        ("account", "name", "the account", "name"),
        ("account_role", "account", "a role of the account", "account, role"),
        ("installation", "key", "the installation setting", "key"),
        ("signing_key", "id", "the signing key", "id"),
    ]

    /// Compares the stored side tables (read in the caller's transaction, with the log) with the
    /// replayed ones, row by row, `pageSize` rows of each side at a time, so the memory it takes
    /// does not grow with the records.
    private static func compare(_ stored: any StoreConnection, with replay: SQLiteDatabase, pageSize: Int)
        throws -> ([AuditProblem], Int)
    {
        var records = 0
        for table in comparedTables {
            let sql = "SELECT * FROM \(table.name) ORDER BY \(table.order) LIMIT ? OFFSET ?"
            var offset = 0
            while true {
                let left = try stored.rows(sql, [pageSize, offset])
                let right = try replay.read { db in try db.rows(sql, [pageSize, offset]) }
                if table.name == "instance" { records += left.count }
                for index in 0..<max(left.count, right.count) {
                    let storedRow = index < left.count ? left[index] : nil
                    let replayedRow = index < right.count ? right[index] : nil
                    guard storedRow != replayedRow else { continue }
                    return ([mismatch(storedRow, replayedRow, table: table)], records)
                }
                if left.count < pageSize && right.count < pageSize { break }
                offset += pageSize
            }
        }
        return ([], records)
    }

    /// The problem of a stored row and a replayed one that differ (one of them may be missing).
    private static func mismatch(_ stored: StoreRow?, _ replayed: StoreRow?, table: ComparedTable)
        -> AuditProblem
    {
        let row = stored ?? replayed!
        let key = row.value(named: table.key).description
        let subject: String? = row["subject"] ?? row["id"] ?? row["partner"]
        let detail: String
        switch (stored, replayed) {
        case (nil, _): detail = "is missing from the database but the log produces it"
        case (_, nil): detail = "is in the database but the log never produced it"
        default: detail = "differs from what replaying the log gives"
        }
        return AuditProblem(seq: nil, subject: subject, message: "\(table.what) \(key) \(detail)")
    }
}

/// The questionnaires assessments were pinned to, loaded from their stored text as the replay
/// needs them.
struct ReplayedQuestionnaires {
    var sources: [String: (file: String, source: String)]
    private var loaded: [String: Questionnaire] = [:]

    init(sources: [String: (file: String, source: String)]) { self.sources = sources }

    /// The questionnaire with this hash; `nil` when its text is not stored or no longer loads.
    mutating func questionnaire(_ hash: String) -> Questionnaire? {
        if let cached = loaded[hash] { return cached }
        guard let source = sources[hash],
            let questionnaire = QuestionnaireLoader.load(file: source.file, text: source.source).0
        else { return nil }
        loaded[hash] = questionnaire
        return questionnaire
    }
}

/// What a replay of the log needs from the database besides its rows: the texts of the workflow
/// definitions, questionnaires and clause catalogues the events ran under.
struct ReplaySources {
    var definitions: [String: (file: String, source: String)] = [:]
    var questionnaires: [String: (file: String, source: String)] = [:]
    var catalogues: AgreementReplay.Catalogues

    /// Reads them.
    init(_ db: any StoreConnection) throws {
        for row in try db.rows("SELECT hash, file, source FROM definition") {
            definitions[row["hash"]] = (row["file"], row["source"])
        }
        for row in try db.rows("SELECT hash, file, source FROM questionnaire_definition") {
            questionnaires[row["hash"]] = (row["file"], row["source"])
        }
        catalogues = try AgreementReplay.storedCatalogues(db)
    }
}
