import DiligenceTestSupport
import Foundation
import Testing

@testable import DiligenceCore

/// Keeps `Workflows/workflow.schema.json` in step with the keys the loader accepts.
@Suite struct WorkflowSchemaTests {
    func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.url("Workflows/workflow.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func keys(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func schemaNamesTheKeysTheLoaderAccepts() throws {
        let schema = try schema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(keys(schema) == Set(WorkflowLoader.topKeys))
        let state = (defs["state"] as? [String: Any])?["oneOf"] as? [Any]
        #expect(keys(state?.last) == Set(WorkflowLoader.stateKeys))
        #expect(keys(defs["transition"]) == Set(WorkflowLoader.transitionKeys))
        #expect(keys(defs["done"]) == Set(WorkflowLoader.doneKeys))
        #expect(keys(defs["deadline"]) == Set(WorkflowLoader.deadlineKeys))
        let fieldForms =
            ((defs["fields"] as? [String: Any])?["additionalProperties"] as? [String: Any])?["oneOf"]
            as? [Any]
        #expect(keys(fieldForms?.last) == Set(WorkflowLoader.fieldKeys))
        let effects = try #require((defs["effect"] as? [String: Any])?["oneOf"] as? [Any])
        #expect(Set(effects.flatMap { keys($0) }) == Set(WorkflowBuilder.effectKinds))
    }

    @Test func schemaListsEveryFlagCategoryAndLevel() throws {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        let categories = (defs["flagCategory"] as? [String: Any])?["enum"] as? [String]
        let levels = (defs["flagLevel"] as? [String: Any])?["enum"] as? [String]
        #expect(categories == FlagCategory.allCases.map(\.rawValue))
        #expect(levels == FlagLevel.allCases.map(\.rawValue))
    }
}
