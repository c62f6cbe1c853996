public import DiligenceCore

/// An assessment as read commands see it: its record and its place in the workflow.
public struct AssessmentEntry: Sendable {
    /// `A-0001`.
    public var id: String
    /// The answers, ratings and plan, pinned to the questionnaire.
    public var record: AssessmentRecord
    /// Its workflow instance's snapshot row.
    public var instance: InstanceRecord
}
