import Testing

@testable import DiligenceCore

/// A definition file's schema and the keys its loader accepts: at the top, and in `$defs`.
struct SchemaKeys: Sendable, CustomTestStringConvertible {
    /// The schema's path in the repository.
    let file: String
    /// The keys the loader accepts at the top of the file.
    let top: [String]
    /// The keys the loader accepts in each object the schema defines by that name in `$defs`.
    let defs: [String: [String]]

    var testDescription: String { file }
}

/// Keeps every definition schema in step with the keys its loader accepts; each one rejects
/// unknown keys, at the top and in the definitions named.
@Suite struct SchemaKeysTests {
    static let schemas = [
        SchemaKeys(
            file: "Workflows/workflow.schema.json", top: WorkflowLoader.topKeys,
            defs: [
                "transition": WorkflowLoader.transitionKeys, "done": WorkflowLoader.doneKeys,
                "deadline": WorkflowLoader.deadlineKeys,
            ]),
        SchemaKeys(
            file: "Assessments/questionnaire.schema.json", top: QuestionnaireLoader.topKeys,
            defs: [
                "scale": QuestionnaireLoader.scaleKeys, "level": QuestionnaireLoader.levelKeys,
                "standard": QuestionnaireLoader.standardKeys, "question": QuestionnaireLoader.questionKeys,
                "evidence": QuestionnaireLoader.evidenceKeys, "condition": QuestionnaireLoader.conditionKeys,
                "band": QuestionnaireLoader.bandKeys, "threshold": QuestionnaireLoader.thresholdKeys,
                "time": QuestionnaireLoader.timeKeys,
            ]),
        SchemaKeys(
            file: "Assessments/risk-rules.schema.json", top: RiskRuleLoader.topKeys,
            defs: ["rule": RiskRuleLoader.ruleKeys, "flag": RiskRuleLoader.flagKeys]),
        SchemaKeys(
            file: "Assessments/training-policy.schema.json", top: TrainingPolicyLoader.topKeys,
            defs: ["policy": TrainingPolicyLoader.policyKeys]),
    ]

    @Test("the schema names the keys the loader accepts and rejects others", arguments: schemas)
    func schemaNamesTheKeysTheLoaderAccepts(_ expected: SchemaKeys) throws {
        let schema = try JSONSchemaFile(expected.file)
        #expect(JSONSchemaFile.closed(schema.root))
        #expect(JSONSchemaFile.keys(schema.root) == Set(expected.top))
        for (name, loaderKeys) in expected.defs.sorted(by: { $0.key < $1.key }) {
            #expect(JSONSchemaFile.keys(schema.defs[name]) == Set(loaderKeys), "$defs.\(name)")
            #expect(JSONSchemaFile.closed(schema.defs[name]), "$defs.\(name) must reject unknown keys")
        }
    }
}
