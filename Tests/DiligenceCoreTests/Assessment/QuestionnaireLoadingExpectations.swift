import DiligenceCore
import DiligenceTestSupport
import Testing

/// Loads questionnaire YAML that must fail with exactly one error, and returns that error.
func singleQuestionnaireError(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
    -> DefinitionError
{
    let (questionnaire, report) = QuestionnaireFixtures.load(yaml)
    #expect(
        questionnaire == nil, "an invalid file must give no questionnaire", sourceLocation: sourceLocation)
    #expect(
        report.errors.count == 1, "expected one error, got \(report.errors)", sourceLocation: sourceLocation)
    return try #require(report.errors.first, sourceLocation: sourceLocation)
}

/// Small valid questionnaires whose lines the loader tests edit; line numbers are in comments.
enum QuestionnaireTexts {
    /// The first lines of `weighted`: the questionnaire `q`, the scale `s` (low weighs 1, high 2)
    /// and the standard `a` up to its questions.
    static let scaleAndStandardA = """
        questionnaire: q
        scales:
          - id: s
            levels:
              - {id: low, label: Low, weight: 1}
              - {id: high, label: High, weight: 2}
        standards:
          - id: a
            title: A
            requirement: R
            protocol_reference: P
            questions:
        """

    /// The last lines of `weighted`: its weighted sum on the scale `s`, low up to 3 and full from 4.
    static let weightedSumScoring = """
        scoring:
          model: weighted_sum
          scale: s
          bands:
            - {max: 3, capacity: low}
            - {min: 4, capacity: full}
        """

    /// Two standards on a two-level scale weighted 1 and 2: possible sums 2 to 4.
    static let weighted = """
        \(scaleAndStandardA)
              - {id: a.q, text: Q, answer: yes_no}
          - id: b
            title: B
            requirement: R
            protocol_reference: P
            questions:
              - {id: b.q, text: Q, answer: rating, scale: s}
            evidence:
              - {id: policy, label: Policy}
        \(weightedSumScoring)
        """
    // Lines: 1 questionnaire, 2 scales, 3 `- id: s`, 5-6 levels, 7 standards, 8 `- id: a`,
    // 13 a.q, 14 `- id: b`, 19 b.q, 21 evidence policy, 22 scoring, 23 model, 24 scale,
    // 25 bands, 26 first band, 27 second band.

    /// Three standards met or not: full at 3, medium at 2, low from 0.
    static let counted = """
        questionnaire: q
        standards:
          - {id: a, title: A, requirement: R, protocol_reference: P, questions: [{id: a.q, text: Q, answer: yes_no}]}
          - {id: b, title: B, requirement: R, protocol_reference: P, questions: [{id: b.q, text: Q, answer: yes_no}]}
          - {id: c, title: C, requirement: R, protocol_reference: P, questions: [{id: c.q, text: Q, answer: yes_no}]}
        scoring:
          model: count_of_met
          thresholds:
            - {capacity: full, min_met: 3}
            - {capacity: medium, min_met: 2}
            - {capacity: low, min_met: 0}
          must_have: [a]
        """
    // Lines: 3-5 standards a, b, c; 6 scoring; 7 model; 8 thresholds; 9-11 thresholds; 12 must_have.

    /// `text` with `old` replaced by `new` (exactly once).
    static func edit(_ text: String, _ old: String, _ new: String) -> String {
        precondition(text.components(separatedBy: old).count == 2, "\(old) must appear once")
        return text.replacingOccurrences(of: old, with: new)
    }
}
