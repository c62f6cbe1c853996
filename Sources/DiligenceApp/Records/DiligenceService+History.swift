import DiligenceCore
public import DiligenceStore
public import Foundation

extension DiligenceService {
    /// Every event of a record, oldest first, as `actor` may see it. An allegation case's history
    /// is shown only to a role that reads its case fields (and follows its partner, for a role
    /// limited to its own partners), each row with the fields the role reads.
    public func history(_ subject: String, by actor: AuthenticatedActor?) async throws -> [EventRecord] {
        try visibleHistory(subject, by: actor)
    }

    /// ``history(_:by:)``, for the layer's own views.
    func visibleHistory(_ subject: String, by actor: AuthenticatedActor?) throws -> [EventRecord] {
        try checkRecord(subject, visibleTo: actor)
        let events = try store.history(subject)
        guard (try? store.allegationCase(subject)) != nil else { return events }
        let confidentiality = definitions.confidentiality
        guard let actor else {
            throw DiligenceError(
                .caseNeedsReader, field: .actor,
                [
                    "subject": subject,
                    "readers": confidentiality.roles(reading: .case).joined(separator: ", "),
                ])
        }
        _ = try readableCase(subject, by: actor)
        let filter = AllegationEventFilter(
            confidentiality: confidentiality, classes: confidentiality.classes(readBy: actor.role))
        return events.map(filter.visible)
    }

    /// The log (of one record, from `since`), oldest first, as `actor` may see it: the rows of
    /// allegation cases carry only the fields the role reads, and none without a role or for a
    /// case of a partner the role may not see.
    public func log(subject: String? = nil, since: Date? = nil, by actor: AuthenticatedActor?) async throws
        -> [EventRecord]
    {
        if let subject { try checkRecord(subject, visibleTo: actor) }
        let confidentiality = definitions.confidentiality
        let cases = try store.allegationCases()
        let visible = try actor.flatMap {
            try store.visiblePartners(for: $0.actor, confidentiality: confidentiality)
        }
        let filter = AllegationEventFilter(
            confidentiality: confidentiality,
            classes: actor.map { confidentiality.classes(readBy: $0.role) } ?? [],
            hiddenCases: Set(
                cases.filter { entry in visible.map { !$0.contains(entry.record.partner) } ?? false }.map(
                    \.id)))
        let caseIDs = Set(cases.map(\.id))
        var events = try store.log(subject: subject, since: since)
        if let partner = actor?.account.partner, actor.map({ isPartnerRole($0.role) }) ?? false {
            // One look-up per record, not per row.
            var owners: [String: String?] = [:]
            events = try events.filter { event in
                let owner: String?
                if let known = owners[event.subject] {
                    owner = known
                } else {
                    owner = try store.partner(ofRecord: event.subject)
                    owners[event.subject] = .some(owner)
                }
                return owner == partner
            }
        }
        return events.map { caseIDs.contains($0.subject) ? filter.visible($0) : $0 }
    }
}
