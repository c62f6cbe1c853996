import DiligenceTestSupport
import Foundation
import Testing

@testable import DiligenceCore

/// Keeps `Assessments/questionnaire.schema.json` in step with the keys the loader accepts.
@Suite struct QuestionnaireSchemaTests {
    func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.url("Assessments/questionnaire.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func keys(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    func closed(_ object: Any?) -> Bool {
        (object as? [String: Any])?["additionalProperties"] as? Bool == false
    }

    @Test func schemaNamesTheKeysTheLoaderAccepts() throws {
        let schema = try schema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        #expect(closed(schema))
        #expect(keys(schema) == Set(QuestionnaireLoader.topKeys))
        let pairs: [(String, [String])] = [
            ("scale", QuestionnaireLoader.scaleKeys), ("level", QuestionnaireLoader.levelKeys),
            ("standard", QuestionnaireLoader.standardKeys), ("question", QuestionnaireLoader.questionKeys),
            ("evidence", QuestionnaireLoader.evidenceKeys), ("condition", QuestionnaireLoader.conditionKeys),
            ("band", QuestionnaireLoader.bandKeys),
            ("threshold", QuestionnaireLoader.thresholdKeys), ("time", QuestionnaireLoader.timeKeys),
        ]
        for (name, loaderKeys) in pairs {
            #expect(keys(defs[name]) == Set(loaderKeys), "$defs.\(name)")
            #expect(closed(defs[name]), "$defs.\(name) must reject unknown keys")
        }
        let models = try #require((defs["scoring"] as? [String: Any])?["oneOf"] as? [Any])
        #expect(models.count == 2)
        #expect(keys(models.first) == Set(QuestionnaireLoader.weightedSumKeys))
        #expect(keys(models.last) == Set(QuestionnaireLoader.countOfMetKeys))
        #expect(models.allSatisfy(closed))
    }

    @Test func schemaListsTheCapacityLevelsAnswerTypesAndModels() throws {
        let schema = try schema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        let levels = (defs["capacity"] as? [String: Any])?["enum"] as? [String]
        #expect(Set(levels ?? []) == Set(CapacityLevel.allCases.map(\.rawValue)))
        let question = (defs["question"] as? [String: Any])?["properties"] as? [String: Any]
        let answers = (question?["answer"] as? [String: Any])?["enum"] as? [String]
        #expect(answers == AnswerType.names)
        let models = ((defs["scoring"] as? [String: Any])?["oneOf"] as? [[String: Any]])?.compactMap {
            (($0["properties"] as? [String: Any])?["model"] as? [String: Any])?["const"] as? String
        }
        #expect(models == ScoringModel.names)
    }

    @Test func schemaRequiresAConditionsQuestionAndAnswer() throws {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        let condition = try #require(defs["condition"] as? [String: Any])
        #expect(condition["required"] as? [String] == ["question", "answer"])
        let question = (defs["question"] as? [String: Any])?["properties"] as? [String: Any]
        #expect((question?["shown_when"] as? [String: Any])?["$ref"] as? String == "#/$defs/condition")
    }
}
