public import DiligenceCore
public import DiligenceStore
public import Foundation

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

    /// The checkpoint the log was proved to extend (`audit verify --checkpoint`).
    public struct Checkpoint: Sendable, Hashable, Codable {
        /// The number of the event the checkpoint signed.
        public var seq: Int
        /// That event's hash.
        public var hash: String
        /// When the checkpoint was signed.
        public var signedAt: Date
        /// The id of the key that signed it.
        public var keyID: String

        enum CodingKeys: String, CodingKey {
            case seq, hash
            case signedAt = "signed_at"
            case keyID = "key_id"
        }
    }

    /// True when the chain is unbroken and every snapshot equals its replay.
    public var intact: Bool
    /// Log rows whose hashes were checked.
    public var eventsChecked: Int
    /// Records whose snapshots were compared with the replay.
    public var recordsChecked: Int
    /// The checkpoint checked; `null` when none was given.
    @Nullable public var checkpoint: Checkpoint?
    /// What is wrong; empty when intact.
    public var problems: [Problem]

    /// The view of a verification, against `checkpoint` when one was given.
    public init(_ report: AuditReport, checkpoint: LogCheckpoint? = nil) {
        self.checkpoint = checkpoint.map {
            Checkpoint(seq: $0.seq, hash: $0.hash, signedAt: $0.signedAt, keyID: $0.keyID)
        }
        intact = report.isIntact
        eventsChecked = report.eventsChecked
        recordsChecked = report.recordsChecked
        problems = report.problems.map { Problem(seq: $0.seq, subject: $0.subject, message: $0.message) }
    }

    enum CodingKeys: String, CodingKey {
        case intact
        case eventsChecked = "events_checked"
        case recordsChecked = "records_checked"
        case checkpoint, problems
    }
}
