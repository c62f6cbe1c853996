public import DiligenceCore
public import Foundation

/// A partner's page as `partner show` gives it: the summary, and beside its keys the lifecycle's
/// facts, officers, deadlines, flags, notifications and the events it accepts next.
public struct PartnerDetailView: Sendable, Hashable, Codable {
    /// An assigned programme officer.
    public struct Officer: Sendable, Hashable, Codable {
        /// The officer's account.
        public var user: String
        /// When they were assigned.
        public var assignedAt: Date

        enum CodingKeys: String, CodingKey {
            case user
            case assignedAt = "assigned_at"
        }
    }

    /// A pending deadline.
    public struct Deadline: Sendable, Hashable, Codable {
        /// The deadline's id in the workflow.
        public var id: String
        /// The event it sends.
        public var event: String
        /// When it falls due.
        public var dueAt: Date

        enum CodingKeys: String, CodingKey {
            case id, event
            case dueAt = "due_at"
        }
    }

    /// A notification of the lifecycle.
    public struct Notification: Sendable, Hashable, Codable {
        /// Who is to be told.
        public var role: String
        /// What they are told.
        public var message: String
        /// When.
        public var at: Date
    }

    /// The lifecycle's part of the page.
    public struct Lifecycle: Sendable, Hashable, Codable {
        /// The lifecycle's workflow id.
        public var workflow: String
        /// The definition hash it runs under.
        public var definitionHash: String
        /// The programme officers assigned.
        public var officers: [Officer]
        /// The lifecycle's facts.
        public var context: [String: JSONValue]
        /// The snapshot's version.
        public var version: Int
        /// When the lifecycle last changed.
        public var updatedAt: Date
        /// Its pending deadlines.
        public var deadlines: [Deadline]
        /// Its open risk flags (with those it inherits).
        public var flags: [FlagView]
        /// The flags its lifecycle itself raised.
        public var workflowFlags: [WorkflowFlagView]
        /// The notifications of its lifecycle.
        public var notifications: [Notification]
        /// The events it accepts now.
        public var accepts: [AcceptedEventView]

        enum CodingKeys: String, CodingKey {
            case workflow
            case definitionHash = "definition_hash"
            case officers, context, version
            case updatedAt = "updated_at"
            case deadlines, flags
            case workflowFlags = "workflow_flags"
            case notifications, accepts
        }
    }

    /// Who the partner is and where it stands.
    public var summary: PartnerSummaryView
    /// Its lifecycle, written beside the summary's keys.
    public var lifecycle: Lifecycle

    /// The page of a partner record.
    public init(_ detail: PartnerRecordDetail) {
        let instance = detail.instance
        summary = PartnerSummaryView(detail.partner, instance.snapshot)
        lifecycle = Lifecycle(
            workflow: instance.workflow, definitionHash: instance.definitionHash,
            officers: detail.officers.map { Officer(user: $0.officer, assignedAt: $0.assignedAt) },
            context: instance.snapshot.context, version: instance.snapshot.version,
            updatedAt: instance.updatedAt,
            deadlines: detail.deadlines.map { Deadline(id: $0.name, event: $0.event, dueAt: $0.dueAt) },
            flags: detail.flags.map { FlagView($0) },
            workflowFlags: detail.workflowFlags.map(WorkflowFlagView.init),
            notifications: detail.notifications.map {
                Notification(role: $0.role, message: $0.message, at: $0.createdAt)
            },
            accepts: detail.available.map(AcceptedEventView.init))
    }

    /// Reads a page: the summary's keys and the lifecycle's from one object.
    public init(from decoder: any Decoder) throws {
        (summary, lifecycle) = try MergedKeys.decode(from: decoder)
    }

    /// Writes the summary's keys and the lifecycle's in one object.
    public func encode(to encoder: any Encoder) throws {
        try MergedKeys.encode(summary, lifecycle, to: encoder)
    }
}
