import Testing

@testable import DiligenceCore

/// Keeps `Assessments/training-policy.schema.json` in step with the categories the loader accepts
/// (the keys: `SchemaKeysTests`).
@Suite struct TrainingPolicySchemaTests {
    @Test func schemaListsThePersonnelCategories() throws {
        let defs = try JSONSchemaFile("Assessments/training-policy.schema.json").defs
        #expect(JSONSchemaFile.values(defs["category"]) == PersonnelCategory.names)
    }
}
