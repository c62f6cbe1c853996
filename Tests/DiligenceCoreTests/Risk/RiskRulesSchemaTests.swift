import DiligenceTestSupport
import Foundation
import Testing

@testable import DiligenceCore

/// Keeps `Assessments/risk-rules.schema.json` in step with the keys and values the loader accepts.
@Suite struct RiskRulesSchemaTests {
    func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.url("Assessments/risk-rules.schema.json"))
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
        #expect(keys(schema) == Set(RiskRuleLoader.topKeys))
        #expect(keys(defs["rule"]) == Set(RiskRuleLoader.ruleKeys))
        #expect(keys(defs["flag"]) == Set(RiskRuleLoader.flagKeys))
        #expect(closed(defs["rule"]) && closed(defs["flag"]))
    }

    @Test func schemaListsEveryCategoryAndTheLevelsRulesRaise() throws {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        let categories = (defs["flagCategory"] as? [String: Any])?["enum"] as? [String]
        let levels = (defs["ruleLevel"] as? [String: Any])?["enum"] as? [String]
        #expect(categories == FlagCategory.allCases.map(\.rawValue))
        #expect(levels == RuleFlag.ruleLevels.map(\.rawValue))
    }
}
