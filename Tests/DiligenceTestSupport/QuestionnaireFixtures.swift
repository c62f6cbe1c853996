public import DiligenceCore

/// Loads questionnaire text for tests and hands back the questionnaire or the report.
public enum QuestionnaireFixtures {
    /// The file name given to the loader for inline YAML (the same as for workflows).
    public static let file = WorkflowFixtures.file

    /// Loads YAML text and returns the loader's report (and the questionnaire when valid).
    public static func load(_ yaml: String, file: String = file) -> (Questionnaire?, DefinitionReport) {
        QuestionnaireLoader.load(file: file, text: yaml)
    }

    /// Loads YAML text that must be valid; throws the report otherwise.
    public static func questionnaire(_ yaml: String, file: String = file) throws -> Questionnaire {
        try validDefinition(QuestionnaireLoader.load(file: file, text: yaml))
    }

    /// A shipped questionnaire, read from `Assessments/<id>.yaml`.
    public static func shipped(_ id: String) throws -> Questionnaire {
        let path = "Assessments/\(id).yaml"
        return try questionnaire(Repository.text(path), file: path)
    }

    /// Four standards `a` to `d` rated met or not met: full at 4, medium at 3, low at 1, none at
    /// 0; `b` and `c` are must-haves that cap the level at low.
    public static let countWithMustHaves = """
        questionnaire: count-test
        standards:
          - {id: a, title: Alpha, requirement: R, protocol_reference: P, questions: [{id: a.q, text: Q, answer: yes_no}]}
          - {id: b, title: Bravo, requirement: R, protocol_reference: P, questions: [{id: b.q, text: Q, answer: yes_no}]}
          - {id: c, title: Charlie, requirement: R, protocol_reference: P, questions: [{id: c.q, text: Q, answer: yes_no}]}
          - {id: d, title: Delta, requirement: R, protocol_reference: P, questions: [{id: d.q, text: Q, answer: yes_no}]}
        scoring:
          model: count_of_met
          thresholds:
            - {capacity: full, min_met: 4}
            - {capacity: medium, min_met: 3}
            - {capacity: low, min_met: 1}
            - {capacity: none, min_met: 0}
          must_have: [b, c]
          must_have_cap: low
        """
}
