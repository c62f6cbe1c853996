import Testing

@testable import DiligenceCore

/// Keeps `Assessments/questionnaire.schema.json` in step with the loader, beyond the keys
/// `SchemaKeysTests` checks: the scoring models, capacity levels and answer types.
@Suite struct QuestionnaireSchemaTests {
    @Test func schemaNamesTheKeysOfEachScoringModel() throws {
        let schema = try JSONSchemaFile("Assessments/questionnaire.schema.json")
        let models = try #require((schema.defs["scoring"] as? [String: Any])?["oneOf"] as? [Any])
        #expect(models.count == 2)
        #expect(JSONSchemaFile.keys(models.first) == Set(QuestionnaireLoader.weightedSumKeys))
        #expect(JSONSchemaFile.keys(models.last) == Set(QuestionnaireLoader.countOfMetKeys))
        #expect(models.allSatisfy(JSONSchemaFile.closed))
    }

    @Test func schemaListsTheCapacityLevelsAnswerTypesAndModels() throws {
        let defs = try JSONSchemaFile("Assessments/questionnaire.schema.json").defs
        #expect(
            Set(JSONSchemaFile.values(defs["capacity"]) ?? []) == Set(CapacityLevel.allCases.map(\.rawValue)))
        let question = (defs["question"] as? [String: Any])?["properties"] as? [String: Any]
        #expect(JSONSchemaFile.values(question?["answer"]) == AnswerType.names)
        let models = ((defs["scoring"] as? [String: Any])?["oneOf"] as? [[String: Any]])?.compactMap {
            (($0["properties"] as? [String: Any])?["model"] as? [String: Any])?["const"] as? String
        }
        #expect(models == ScoringModel.names)
    }

    @Test func schemaRequiresAConditionsQuestionAndAnswer() throws {
        let defs = try JSONSchemaFile("Assessments/questionnaire.schema.json").defs
        let condition = try #require(defs["condition"] as? [String: Any])
        #expect(condition["required"] as? [String] == ["question", "answer"])
        let question = (defs["question"] as? [String: Any])?["properties"] as? [String: Any]
        #expect((question?["shown_when"] as? [String: Any])?["$ref"] as? String == "#/$defs/condition")
    }
}
