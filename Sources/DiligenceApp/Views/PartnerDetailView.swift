public import DiligenceCore
public import Foundation

/// A partner's page as `partner show` gives it: the summary, its lifecycle's facts, officers,
/// deadlines, flags, notifications and the events it accepts next.
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

    /// Who the partner is and where it stands, written beside the page's own keys.
    public var summary: PartnerSummaryView
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

    /// The page of a partner record.
    public init(_ detail: PartnerRecordDetail) {
        let instance = detail.instance
        summary = PartnerSummaryView(detail.partner, instance.snapshot)
        workflow = instance.workflow
        definitionHash = instance.definitionHash
        officers = detail.officers.map { Officer(user: $0.officer, assignedAt: $0.assignedAt) }
        context = instance.snapshot.context
        version = instance.snapshot.version
        updatedAt = instance.updatedAt
        deadlines = detail.deadlines.map { Deadline(id: $0.name, event: $0.event, dueAt: $0.dueAt) }
        flags = detail.flags.map { FlagView($0) }
        workflowFlags = detail.workflowFlags.map(WorkflowFlagView.init)
        notifications = detail.notifications.map {
            Notification(role: $0.role, message: $0.message, at: $0.createdAt)
        }
        accepts = detail.available.map(AcceptedEventView.init)
    }

    enum CodingKeys: String, CodingKey {
        case workflow
        case definitionHash = "definition_hash"
        case officers, context, version
        case updatedAt = "updated_at"
        case deadlines, flags
        case workflowFlags = "workflow_flags"
        case notifications, accepts
    }

    /// Reads a page: the summary's keys and the page's in one object.
    public init(from decoder: any Decoder) throws {
        summary = try PartnerSummaryView(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workflow = try container.decode(String.self, forKey: .workflow)
        definitionHash = try container.decode(String.self, forKey: .definitionHash)
        officers = try container.decode([Officer].self, forKey: .officers)
        context = try container.decode([String: JSONValue].self, forKey: .context)
        version = try container.decode(Int.self, forKey: .version)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        deadlines = try container.decode([Deadline].self, forKey: .deadlines)
        flags = try container.decode([FlagView].self, forKey: .flags)
        workflowFlags = try container.decode([WorkflowFlagView].self, forKey: .workflowFlags)
        notifications = try container.decode([Notification].self, forKey: .notifications)
        accepts = try container.decode([AcceptedEventView].self, forKey: .accepts)
    }

    /// Writes the summary's keys and the page's in one object.
    public func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(workflow, forKey: .workflow)
        try container.encode(definitionHash, forKey: .definitionHash)
        try container.encode(officers, forKey: .officers)
        try container.encode(context, forKey: .context)
        try container.encode(version, forKey: .version)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(deadlines, forKey: .deadlines)
        try container.encode(flags, forKey: .flags)
        try container.encode(workflowFlags, forKey: .workflowFlags)
        try container.encode(notifications, forKey: .notifications)
        try container.encode(accepts, forKey: .accepts)
    }
}
