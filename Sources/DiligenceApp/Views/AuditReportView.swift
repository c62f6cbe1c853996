public import DiligenceStore

/// What `audit verify` found: how much it checked and what is wrong, the first broken row first.
public struct AuditReportView: Sendable, Hashable, Codable {
    /// One thing found wrong.
    public struct Problem: Sendable, Hashable, Codable {
        /// The log row; `null` when the problem is not in one row.
        @Nullable public var seq: Int?
        /// The record concerned; `null` when not known.
        @Nullable public var subject: String?
        /// What is wrong.
        public var message: String

    }

    /// True when the chain is unbroken and every snapshot equals its replay.
    public var intact: Bool
    /// Log rows whose hashes were checked.
    public var eventsChecked: Int
    /// Records whose snapshots were compared with the replay.
    public var recordsChecked: Int
    /// What is wrong; empty when intact.
    public var problems: [Problem]

    /// The view of a verification.
    public init(_ report: AuditReport) {
        intact = report.isIntact
        eventsChecked = report.eventsChecked
        recordsChecked = report.recordsChecked
        problems = report.problems.map { Problem(seq: $0.seq, subject: $0.subject, message: $0.message) }
    }

    enum CodingKeys: String, CodingKey {
        case intact
        case eventsChecked = "events_checked"
        case recordsChecked = "records_checked"
        case problems
    }
}
