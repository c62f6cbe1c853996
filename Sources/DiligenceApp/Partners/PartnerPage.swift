public import DiligenceCore
public import DiligenceStore
public import Foundation

/// Everything the partner page shows, as the acting account may see it.
public struct PartnerPage: Sendable {
    /// The partner as the list shows it.
    public var summary: PartnerSummary
    /// Its lifecycle's name and the states of the lifecycle, for the diagram.
    public var workflow: String
    /// The facts of its lifecycle, in the definition's order.
    public var facts: [Fact]
    /// Its deadlines still pending.
    public var deadlines: [DeadlineRecord]
    /// Its open risk flags.
    public var flags: [FlagEntry]
    /// Its PSEA capacity assessments, newest first.
    public var assessments: [RecordLine]
    /// Its agreements, newest first.
    public var agreements: [RecordLine]
    /// Its history, newest first.
    public var history: [EventRecord]
    /// The events the acting account may send now, with the data each needs.
    public var actions: [WorkflowDefinition.AvailableEvent]
    /// The events the lifecycle accepts now that the account's role may not send, with who may.
    public var othersActions: [WorkflowDefinition.AvailableEvent]
    /// The training coverage of the policy's scope today, once the partner has a training record.
    public var trainingCoverage: CoverageShare?
    /// What this page shows, as a key: the log's head it was read at, the partner and the role
    /// acting. Two pages with the same key are the same page, so a front end may keep what it
    /// drew from one for the other.
    public var viewKey = ""

    /// One fact of the lifecycle.
    public struct Fact: Sendable, Hashable {
        /// Its path, such as `capacity_level`.
        public var path: String
        /// What it means, from the definition.
        public var description: String?
        /// Its value; `nil` when not set.
        public var value: JSONValue?
    }

    /// A record of the partner (an assessment, an agreement) in one line.
    public struct RecordLine: Sendable, Hashable {
        /// Its id.
        public var id: String
        /// Where it stands.
        public var standing: [String]
        /// When it was last changed.
        public var updatedAt: Date
    }
}
