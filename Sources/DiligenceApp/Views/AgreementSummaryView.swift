public import DiligenceStore

/// An agreement as `agreement list` writes it: where it stands, its current version, and the
/// mandatory clauses of that version still unresolved, awaiting an amendment or missing.
public struct AgreementSummaryView: Sendable, Hashable, Codable {
    /// `AG-0001`.
    public var id: String
    /// The partner's id.
    public var partner: String
    /// Its workflow's active states.
    public var states: [String]
    /// Whether its workflow is complete.
    public var complete: Bool
    /// Whether its PSEA clauses are cleared.
    public var cleared: Bool
    /// The current version's number and file.
    public var version: Int, file: String
    /// The current version's mandatory clauses with no decision yet.
    public var mandatoryUnresolved: [String]
    /// Those awaiting a requested amendment.
    public var amendmentsOpen: [String]
    /// Those the text does not carry.
    public var mandatoryMissing: [String]

    /// The view of an agreement.
    public init(_ entry: AgreementEntry) {
        let record = entry.record
        id = entry.id
        partner = record.partner
        states = entry.instance.snapshot.activeStates
        complete = entry.instance.snapshot.isComplete
        cleared = entry.isCleared
        version = record.current.number
        file = record.current.fileName
        mandatoryUnresolved = record.mandatoryUnresolved
        amendmentsOpen = record.amendmentsOpen
        mandatoryMissing = record.mandatoryMissing
    }

    enum CodingKeys: String, CodingKey {
        case id, partner, states, complete, cleared, version, file
        case mandatoryUnresolved = "mandatory_unresolved"
        case amendmentsOpen = "amendments_open"
        case mandatoryMissing = "mandatory_missing"
    }
}
