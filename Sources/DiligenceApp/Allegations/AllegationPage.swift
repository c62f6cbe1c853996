public import DiligenceCore
public import DiligenceStore
public import Foundation

/// One allegation case as a page shows it to one account: the fields its role reads (restricted
/// ones only when opened, and then logged), where the case and the assistance stand, the report
/// deadline, the steps the account may take, and who read the restricted details (to the roles
/// that may see that).
public struct AllegationPage: Sendable {
    /// The case with the fields the role reads.
    public var view: AllegationCaseView
    /// The partner the case concerns (a case field, read by every role that sees the page).
    public var partner: String
    /// The case's status (`received`, ..., `closed`).
    public var status: String
    /// Where the assistance to the victim/survivor stands (`awaiting_consent`, `consented`, ...).
    public var assistance: String
    /// The pending report deadline: when the partner's report to the UN entity falls overdue.
    public var reportDueAt: Date?
    /// Whether the partner reported the case late (or has not reported it by the deadline).
    public var reportedLate: Bool
    /// The steps the account's role may take now (recording consent and assistance included).
    public var actions: [WorkflowDefinition.AvailableEvent]
    /// The steps waiting on other roles.
    public var others: [WorkflowDefinition.AvailableEvent]
    /// Whether the role reads the restricted details (and may open them, a logged read).
    public var mayOpenRestricted: Bool
    /// Who read (or was refused) the restricted details, oldest first; `nil` when the role may
    /// not see the reads.
    public var reads: [EventRecord]?
}

extension DiligenceService {
    /// The case `id` as `actor` may see it (``readableCase(_:by:)`` decides), with its restricted
    /// details opened (a logged read, by `command`) when `restricted` is asked and the role reads
    /// them. A role that reads no case fields is refused.
    public func allegationPage(
        _ id: String, restricted: Bool, keyFile: AllegationKeyFile, command: String,
        by actor: AuthenticatedActor
    ) async throws -> AllegationPage {
        let confidentiality = definitions.confidentiality
        let entry = try readableCase(id, by: actor)
        let mayOpen = confidentiality.role(actor.role, reads: .restricted)
        let view = try await allegationCase(
            id, restricted: restricted && mayOpen, keyFile: keyFile, command: command, by: actor)
        let (mine, others) = steps(of: entry, id, by: actor)
        let due = try store.deadlines(id, pendingOnly: true).map(\.dueAt).min()
        let reads = try? await restrictedReads(subject: id, by: actor)
        return AllegationPage(
            view: view, partner: entry.record.partner, status: entry.status,
            assistance: Self.assistanceState(entry.instance.snapshot),
            reportDueAt: due,
            reportedLate: entry.instance.snapshot.context[AllegationKind.reportedLate.name] == .bool(true),
            actions: mine, others: others, mayOpenRestricted: mayOpen, reads: mayOpen ? reads : nil)
    }

    /// The steps the actor may take on the case now, each with the fields it requires and
    /// accepts in the case's current states: what a case page offers, and what a step posted
    /// from it is read against.
    public func allegationSteps(_ id: String, by actor: AuthenticatedActor) async throws
        -> [WorkflowDefinition.AvailableEvent]
    {
        try steps(of: readableCase(id, by: actor), id, by: actor).mine
    }

    /// The case's available events, split into the actor's and those waiting on other roles.
    private func steps(of entry: AllegationCase, _ id: String, by actor: AuthenticatedActor) -> (
        mine: [WorkflowDefinition.AvailableEvent], others: [WorkflowDefinition.AvailableEvent]
    ) {
        var mine: [WorkflowDefinition.AvailableEvent] = []
        var others: [WorkflowDefinition.AvailableEvent] = []
        if let definition = definitions.workflows[entry.instance.workflow],
            let running = try? entry.instance.snapshot.instance(subject: id, definition: definition)
        {
            for event in definition.availableEvents(for: running) {
                if event.roles.isEmpty || event.roles.contains(actor.role) {
                    mine.append(event)
                } else {
                    others.append(event)
                }
            }
        }
        return (mine, others)
    }

    /// The active state of the case's `assistance` region.
    static func assistanceState(_ snapshot: InstanceSnapshot) -> String {
        let states = snapshot.activeStates
        guard let region = states.firstIndex(of: "assistance"), region + 1 < states.count else {
            return snapshot.isComplete ? "assistance_ended" : "awaiting_consent"
        }
        return states[region + 1]
    }
}
