import Testing

@testable import DiligenceCore

/// Keeps `Assessments/risk-rules.schema.json` in step with the values the loader accepts (the
/// keys: `SchemaKeysTests`).
@Suite struct RiskRulesSchemaTests {
    @Test func schemaListsEveryCategoryAndTheLevelsRulesRaise() throws {
        let defs = try JSONSchemaFile("Assessments/risk-rules.schema.json").defs
        #expect(JSONSchemaFile.values(defs["flagCategory"]) == FlagCategory.allCases.map(\.rawValue))
        #expect(JSONSchemaFile.values(defs["ruleLevel"]) == RuleFlag.ruleLevels.map(\.rawValue))
    }
}
