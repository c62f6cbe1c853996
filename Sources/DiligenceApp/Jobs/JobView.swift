public import DiligenceStore
public import Foundation

/// What a job does.
public enum JobKind: String, Sendable, Hashable {
    /// An uploaded agreement that needs OCR: read, its clauses found, recorded.
    case agreementImport = "agreement-import"
    /// `audit verify`: the whole log's hash chain and every record against its replay.
    case auditVerify = "audit-verify"
}

/// Why a job failed, as data: each front end words it.
public enum JobFailure: Sendable, Hashable {
    /// The server stopped while it ran, more often than a job is retried.
    case interrupted(attempts: Int)
    /// The layer refused the work (the account disabled since, a role that may no longer import).
    case refused(DiligenceError)
    /// The file could not be read (the import's own reason, in the import's words).
    case unreadable(String)
    /// Something else went wrong; the detail is for the operator's log.
    case failed(String)

    var values: [String: String] {
        switch self {
        case .interrupted(let attempts): ["kind": "interrupted", "attempts": String(attempts)]
        case .refused(let error):
            error.values.merging(
                ["kind": "refused", "code": error.code.description, "field": error.field?.rawValue ?? ""]
            ) { _, new in new }
        case .unreadable(let reason): ["kind": "unreadable", "reason": reason]
        case .failed(let detail): ["kind": "failed", "detail": detail]
        }
    }

    init(_ values: [String: String]) {
        switch values["kind"] {
        case "interrupted": self = .interrupted(attempts: Int(values["attempts"] ?? "") ?? 0)
        case "unreadable": self = .unreadable(values["reason"] ?? "")
        case "refused":
            var rest = values
            for key in ["kind", "code", "field"] { rest[key] = nil }
            self = .refused(
                DiligenceError(
                    DiligenceError.Code(named: values["code"] ?? "") ?? .notAllowed,
                    field: DiligenceError.Field(rawValue: values["field"] ?? ""), rest))
        default: self = .failed(values["detail"] ?? "")
        }
    }
}

/// The outcome of a verify of the whole log, as a job keeps it.
public struct LogVerification: Sendable, Hashable {
    /// Log rows whose hashes were checked, and records compared with the replay.
    public var eventsChecked: Int
    public var recordsChecked: Int
    /// The problems found, first break first (empty when intact).
    public var problems: [(seq: Int?, subject: String?, message: String)] {
        zip(zip(seqs, subjects), messages).map { ($0.0, $0.1, $1) }
    }
    var seqs: [Int?]
    var subjects: [String?]
    var messages: [String]
    /// Every problem found, counted (only the first ten are kept).
    public var problemCount: Int
    /// True when nothing is wrong.
    public var isIntact: Bool { problemCount == 0 }

    init(_ report: AuditReport) {
        eventsChecked = report.eventsChecked
        recordsChecked = report.recordsChecked
        problemCount = report.problems.count
        let kept = report.problems.prefix(10)
        seqs = kept.map(\.seq)
        subjects = kept.map(\.subject)
        messages = kept.map(\.message)
    }

    var values: [String: String] {
        var values = [
            "events": String(eventsChecked), "records": String(recordsChecked),
            "problems": String(problemCount),
        ]
        for (index, problem) in problems.enumerated() {
            values["seq.\(index)"] = problem.seq.map(String.init)
            values["subject.\(index)"] = problem.subject
            values["message.\(index)"] = problem.message
        }
        return values
    }

    init?(_ values: [String: String]) {
        guard let events = Int(values["events"] ?? ""), let records = Int(values["records"] ?? ""),
            let count = Int(values["problems"] ?? "")
        else { return nil }
        eventsChecked = events
        recordsChecked = records
        problemCount = count
        let kept = (0..<min(count, 10)).filter { values["message.\($0)"] != nil }
        seqs = kept.map { values["seq.\($0)"].flatMap { Int($0) } }
        subjects = kept.map { values["subject.\($0)"] }
        messages = kept.map { values["message.\($0)"] ?? "" }
    }

    public static func == (a: LogVerification, b: LogVerification) -> Bool { a.values == b.values }
    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}

/// A job as its status page shows it.
public struct JobView: Sendable {
    /// Its number.
    public var id: Int
    public var kind: JobKind
    /// The account that asked for it.
    public var account: String
    public var status: JobStatus
    /// The uploaded file's name and the partner (an import), when it has them.
    public var fileName: String?
    public var partner: String?
    /// The agreement an import recorded or versioned (done), or would version.
    public var agreement: String?
    /// The result of a verify (done).
    public var verification: LogVerification?
    /// Why it failed.
    public var failure: JobFailure?
    public var createdAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
    /// Whether the page should look again soon: the job is queued or running.
    public var isWaiting: Bool { status == .queued || status == .running }

    init(_ row: JobRow) {
        id = row.id
        kind = JobKind(rawValue: row.kind) ?? .auditVerify
        account = row.account
        status = row.status
        fileName = row.parameters["file"]
        partner = row.parameters["partner"]
        agreement = row.result["agreement"] ?? row.parameters["agreement"]
        verification = kind == .auditVerify && row.status == .done ? LogVerification(row.result) : nil
        failure = row.failure.map { text in
            JobFailure(
                (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? ["detail": text])
        }
        createdAt = row.createdAt
        startedAt = row.startedAt
        finishedAt = row.finishedAt
    }
}
