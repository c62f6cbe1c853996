public import DiligenceCore
public import DiligenceStore

/// An assessment as `assessment list` writes it, beside the capacity statuses: where it stands,
/// the capacity level its workflow holds and the determinations recorded.
public struct AssessmentSummaryView: Sendable, Hashable, Codable {
    /// `assessment`: what the record is, beside the capacity statuses of a list.
    public var kind = "assessment"
    /// The assessment's id (`A-0001`), its partner's and its questionnaire's.
    public var id: String, partner: String, questionnaire: String
    /// Its workflow's active states, and whether the workflow is complete.
    public var states: [String], complete: Bool
    /// The capacity level its workflow holds; `null` before one is determined.
    @Nullable public var capacityLevel: JSONValue?
    /// The final determination; `null` when none is recorded.
    @Nullable public var final: RecordedDeterminationView?
    /// The preliminary determination; `null` when none is recorded.
    @Nullable public var preliminary: RecordedDeterminationView?

    /// The view of an assessment.
    public init(_ entry: AssessmentEntry) {
        id = entry.id
        partner = entry.record.partner
        questionnaire = entry.record.questionnaire.id
        states = entry.instance.snapshot.activeStates
        complete = entry.instance.snapshot.isComplete
        capacityLevel = entry.instance.snapshot.context[AssessmentKind.capacityLevel.name]
        final = entry.record.final.map(RecordedDeterminationView.init)
        preliminary = entry.record.preliminary.map(RecordedDeterminationView.init)
    }

    enum CodingKeys: String, CodingKey {
        case kind, id, partner, questionnaire, states, complete
        case capacityLevel = "capacity_level"
        case final, preliminary
    }
}
