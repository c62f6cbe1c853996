import DiligenceCore
import DiligenceTestSupport
import Testing

/// The risk rules and the training policy in the set-wide validation of `Assessments/`.
@Suite struct RiskRulesDefinitionSetTests {
    func set(_ files: [(String, String)]) -> DefinitionSet {
        DefinitionSet(files: files.map { DefinitionSet.File(path: $0.0, text: $0.1, folder: .assessments) })
    }

    @Test func shippedAssessmentsLoadWithTheRulesAndThePolicy() throws {
        let paths = [
            "Assessments/psea-common.yaml", "Assessments/psea-unicef-2020.yaml",
            "Assessments/risk-rules.yaml",
            "Assessments/training-policy.yaml",
        ]
        let set = set(try paths.map { ($0, try Repository.text($0)) })
        #expect(set.report.errors.isEmpty, "\(set.report.errors)")
        #expect(set.report.warnings.isEmpty, "\(set.report.warnings)")
        let rules = try #require(set.riskRules)
        #expect(rules.file == "Assessments/risk-rules.yaml")
        #expect(rules.hash == ContentHash.sha256(try Repository.text(paths[2])))
        #expect(rules.rules.count == 13)
        #expect(set.trainingPolicy == TrainingPolicy.standard.with(file: "Assessments/training-policy.yaml"))
        #expect(set.questionnaires.count == 2)
    }

    @Test func aBadRuleStopsTheSet() throws {
        let text =
            "risk_rules:\n  - id: x\n    when: capacity_levl == \"low\"\n    flag: {category: other, level: yellow, reason: r}\n"
        let set = set([("Assessments/risk-rules.yaml", text)])
        let error = try #require(set.report.errors.first)
        #expect(set.report.errors.count == 1)
        #expect(error.code == .unknownField)
        #expect(error.location == SourceLocation(file: "Assessments/risk-rules.yaml", line: 3, column: 11))
        #expect(set.riskRules == nil)
    }

    @Test func aSecondRulesFileIsRefused() throws {
        let text = "risk_rules: []\n"
        let set = set([("Assessments/a.yaml", text), ("Assessments/b.yaml", text)])
        let error = try #require(set.report.errors.first)
        #expect(set.report.errors.count == 1)
        #expect(error.code == .duplicateID)
        #expect(error.location == SourceLocation(file: "Assessments/b.yaml", line: 1, column: 1))
        #expect(error.message.contains("Assessments/a.yaml"))
    }

    @Test func aSecondTrainingPolicyIsRefused() throws {
        let text = "training_policy: {}\n"
        let set = set([("Assessments/a.yaml", text), ("Assessments/b.yaml", text)])
        #expect(set.report.errors.map(\.code) == [.duplicateID])
        #expect(set.trainingPolicy?.file == "Assessments/a.yaml")
    }

    @Test func aMisspeltKindSuggestsRiskRules() throws {
        let set = set([("Assessments/r.yaml", "risk_rule: []\n")])
        let error = try #require(set.report.errors.first)
        #expect(error.message.contains("did you mean \"risk_rules\"?"))
    }
}

extension TrainingPolicy {
    fileprivate func with(file: String) -> TrainingPolicy {
        var copy = self
        copy.file = file
        return copy
    }
}
