/// A validated PSEA capacity questionnaire: core standards in order, their questions and
/// evidence types, the rating scales, the scoring model and the time rules, loaded from a file in
/// `Assessments/`.
public struct Questionnaire: Sendable {
    /// The questionnaire's id (`psea-unicef-2020`).
    public var id: String
    /// The file's version number, as its authors keep it.
    public var version: Int
    /// A title for people.
    public var title: String
    /// A note for readers, if the file has one.
    public var description: String?
    /// The rating scales, in file order.
    public var scales: [RatingScale]
    /// The core standards, in order.
    public var standards: [CoreStandard]
    /// How the UN's ratings become a capacity level.
    public var scoring: ScoringModel
    /// Validity, plan, re-use and emergency periods.
    public var timeRules: TimeRules
    /// SHA-256 (hex) of the file's text: every assessment is pinned to the hash it ran under.
    public var hash: String
    /// The file's path as loaded.
    public var file: String
    /// The file's text as loaded (kept by the store so the audit can reload it).
    public var source: String = ""
    /// Where the questionnaire's id is written.
    public var location: SourceLocation

    /// The standard with an id, if the questionnaire has it.
    public func standard(_ id: String) -> CoreStandard? { standards.first { $0.id == id } }

    /// The scale with an id, if the questionnaire declares it.
    public func scale(_ id: String) -> RatingScale? { scales.first { $0.id == id } }

    /// The question with an id, in whichever standard it is.
    public func question(_ id: String) -> Question? {
        for standard in standards {
            if let question = standard.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }
}
