import DiligenceTestSupport
import Foundation
import Testing

@testable import DiligenceCore

/// Keeps `Assessments/training-policy.schema.json` in step with the keys the loader accepts.
@Suite struct TrainingPolicySchemaTests {
    func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.url("Assessments/training-policy.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func keys(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func schemaNamesTheKeysAndCategoriesTheLoaderAccepts() throws {
        let schema = try schema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(keys(schema) == Set(TrainingPolicyLoader.topKeys))
        #expect(keys(defs["policy"]) == Set(TrainingPolicyLoader.policyKeys))
        #expect((defs["policy"] as? [String: Any])?["additionalProperties"] as? Bool == false)
        let categories = (defs["category"] as? [String: Any])?["enum"] as? [String]
        #expect(categories == PersonnelCategory.names)
    }
}
