public import DiligenceStore

/// A record's history as a timeline: every event of the record as one account may see it
/// (``DiligenceService/history(_:by:)`` decides), newest first, with what the record is and the
/// partner it belongs to, so a page can link back to it.
public struct RecordTimeline: Sendable {
    /// The record's id (`P-0001`, `G-0002`).
    public var subject: String
    /// The kind of record (`partner`, `assessment`, `agreement`, `flag`, `training`, `allegation`).
    public var kind: String
    /// The partner the record belongs to (the partner itself for a partner).
    public var partner: String?
    /// Its events, newest first.
    public var events: [EventRecord]
}

extension DiligenceService {
    /// The timeline of `subject` as `actor` may see it: refused like its history (a partner's
    /// staff see their own partner's records only, an allegation case within its access rules).
    public func timeline(_ subject: String, by actor: AuthenticatedActor) async throws -> RecordTimeline {
        let events = try visibleHistory(subject, by: actor)
        let workflow = try store.instance(subject).workflow
        return RecordTimeline(
            subject: subject, kind: definitions.workflows[workflow]?.subject ?? workflow,
            partner: try store.partner(ofRecord: subject), events: events.reversed())
    }
}
