import Testing

@testable import DiligenceCore

/// Keeps `Workflows/workflow.schema.json` in step with the loader, beyond the keys
/// `SchemaKeysTests` checks: states, fields and effects, flag categories and levels.
@Suite struct WorkflowSchemaTests {
    @Test func schemaNamesTheKeysOfStatesFieldsAndEffects() throws {
        let defs = try JSONSchemaFile("Workflows/workflow.schema.json").defs
        let state = (defs["state"] as? [String: Any])?["oneOf"] as? [Any]
        #expect(JSONSchemaFile.keys(state?.last) == Set(WorkflowLoader.stateKeys))
        let fieldForms =
            ((defs["fields"] as? [String: Any])?["additionalProperties"] as? [String: Any])?["oneOf"]
            as? [Any]
        #expect(JSONSchemaFile.keys(fieldForms?.last) == Set(WorkflowLoader.fieldKeys))
        let effects = try #require((defs["effect"] as? [String: Any])?["oneOf"] as? [Any])
        #expect(Set(effects.flatMap { JSONSchemaFile.keys($0) }) == Set(WorkflowBuilder.effectKinds))
    }

    @Test func schemaListsEveryFlagCategoryAndLevel() throws {
        let defs = try JSONSchemaFile("Workflows/workflow.schema.json").defs
        #expect(JSONSchemaFile.values(defs["flagCategory"]) == FlagCategory.allCases.map(\.rawValue))
        #expect(JSONSchemaFile.values(defs["flagLevel"]) == FlagLevel.allCases.map(\.rawValue))
    }
}
