public import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// Registers a partner and starts its lifecycle; the lifecycle decides who may register.
    public func registerPartner(
        name: String, country: String, type: PartnerType, headquarters: String? = nil,
        by actor: AuthenticatedActor
    ) async throws -> PartnerRecord {
        try store.registerPartner(
            name: name, country: country, type: type, headquarters: headquarters, actor: actor.actor,
            definitions: definitions, now: clock())
    }

    /// The partners the account may see (those assigned to `officer` only, when given), by id,
    /// each with its lifecycle's snapshot. A partner's staff see their own partner only.
    public func partners(assignedTo officer: String? = nil, by actor: AuthenticatedActor?) async throws
        -> [(partner: PartnerRecord, snapshot: InstanceSnapshot?)]
    {
        try await partners(PartnerFilter(officer: officer), by: actor).rows
    }

    /// The partners the account may see that match `filter`, in registration order: page `page`
    /// (from 1) of `pageSize` partners, or all of them without a page size. A partner's staff see
    /// their own partner only. The store filters and pages on its indexes.
    public func partners(
        _ filter: PartnerFilter, page: Int = 1, pageSize: Int? = nil, by actor: AuthenticatedActor?
    ) async throws -> PartnerListing {
        var filter = filter
        if let actor, isPartnerRole(actor.role) { filter.partner = actor.account.partner ?? "" }
        guard let pageSize else { return try store.partners(matching: filter) }
        return try store.partners(matching: filter, limit: pageSize, offset: (max(page, 1) - 1) * pageSize)
    }

    /// Everything the record of a partner the account may see holds: its lifecycle's instance, the
    /// pending deadlines, open flags and the lifecycle's own flags, notifications, officers and
    /// the events it accepts now.
    public func partnerRecord(_ id: String, by actor: AuthenticatedActor?) async throws -> PartnerRecordDetail
    {
        try checkPartner(id, visibleTo: actor)
        let partner = try store.partner(id)
        let instance = try store.instance(partner.id)
        let definition = definitions.workflows[instance.workflow]
        let available =
            definition.flatMap { definition in
                (try? instance.snapshot.instance(subject: partner.id, definition: definition)).map {
                    definition.availableEvents(for: $0)
                }
            } ?? []
        return PartnerRecordDetail(
            partner: partner, instance: instance, definition: definition,
            deadlines: try store.deadlines(partner.id, pendingOnly: true),
            flags: try store.flags(partner: partner.id, openOnly: true),
            workflowFlags: try store.flags(partner.id),
            notifications: try store.notifications(partner.id), officers: try store.officers(of: partner.id),
            available: available, eventCount: try store.history(partner.id).count)
    }

    /// Assigns a programme officer to a partner (the confidentiality file's assignment policy
    /// says who may).
    @discardableResult
    public func assignOfficer(_ officer: String, to partner: String, by actor: AuthenticatedActor)
        async throws
        -> OfficerAssignment
    {
        try checkRecord(partner, visibleTo: actor)
        return try store.assignOfficer(
            officer, to: partner, actor: actor.actor, policy: definitions.confidentiality.assignment,
            now: clock())
    }

    /// Ends a programme officer's assignment to a partner.
    public func unassignOfficer(_ officer: String, from partner: String, by actor: AuthenticatedActor)
        async throws
    {
        try checkRecord(partner, visibleTo: actor)
        try store.unassignOfficer(
            officer, from: partner, actor: actor.actor, policy: definitions.confidentiality.assignment,
            now: clock())
    }
}

/// A partner's record, as ``DiligenceService/partnerRecord(_:by:)`` returns it.
public struct PartnerRecordDetail: Sendable {
    /// The partner.
    public var partner: PartnerRecord
    /// Its lifecycle's instance.
    public var instance: InstanceRecord
    /// The lifecycle's definition, when it is installed.
    public var definition: WorkflowDefinition?
    /// Its pending deadlines.
    public var deadlines: [DeadlineRecord]
    /// Its open risk flags (with those it inherits).
    public var flags: [FlagEntry]
    /// The flags its lifecycle itself raised.
    public var workflowFlags: [FlagRecord]
    /// The notifications of its lifecycle.
    public var notifications: [NotificationRecord]
    /// The programme officers assigned to it.
    public var officers: [OfficerAssignment]
    /// The events its lifecycle accepts now.
    public var available: [WorkflowDefinition.AvailableEvent]
    /// How many events its log holds.
    public var eventCount: Int
}
