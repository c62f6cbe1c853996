import DiligenceCore
import DiligenceTestSupport
import Testing

/// A valid rules file whose lines the tests edit; line numbers are in the comment below.
private let rulesText = """
    risk_rules:
      - id: low
        description: Low capacity.
        when: capacity_level == "low"
        flag:
          category: compliance
          level: yellow
          reason: Low.
    """
// Lines: 1 risk_rules, 2 `- id: low`, 3 description, 4 when, 5 flag, 6 category, 7 level, 8 reason.

private func edit(_ old: String, _ new: String) -> String {
    precondition(rulesText.components(separatedBy: old).count == 2, "\(old) must appear once")
    return rulesText.replacingOccurrences(of: old, with: new)
}

/// The errors of rules text that must not load.
private func errors(_ yaml: String) -> [DefinitionError] {
    let (rules, report) = RiskRuleLoader.load(file: WorkflowFixtures.file, text: yaml)
    #expect(rules == nil)
    return report.errors
}

/// Every problem the risk rules loader reports, at its line and column.
@Suite struct RiskRuleLoaderTests {
    @Test func validFileLoads() throws {
        let (rules, report) = RiskRuleLoader.load(file: WorkflowFixtures.file, text: rulesText)
        #expect(report.errors.isEmpty)
        let rule = try #require(rules?.rules.first)
        #expect(rule.id == "low")
        #expect(rule.flag == RuleFlag(category: .compliance, level: .yellow, reason: "Low."))
        #expect(rule.location.line == 2)
        #expect(rule.condition.location.line == 4)
        #expect(rule.condition.location.column == 11)
    }

    @Test func unknownRuleKeyWithSuggestion() throws {
        let error = try #require(errors(edit("    when:", "    whne:")).first)
        expect(error, .unknownKey, line: 4, column: 5, mentions: ["whne", "did you mean \"when\"?"])
    }

    @Test func unknownTopKeyWithSuggestion() throws {
        let found = errors(edit("risk_rules:", "risk_rule:"))
        let error = try #require(found.first)
        expect(error, .unknownKey, line: 1, column: 1, mentions: ["did you mean \"risk_rules\"?"])
        #expect(found.count == 2)
        #expect(found.last?.code == .missingKey)
    }

    @Test func unknownFlagKeyWithSuggestion() throws {
        let found = errors(edit("      reason:", "      reasn:"))
        expect(found[0], .unknownKey, line: 8, column: 7, mentions: ["did you mean \"reason\"?"])
        expect(found[1], .missingKey, line: 6, column: 7, mentions: ["needs reason"])
    }

    @Test func duplicateRuleID() throws {
        let text = rulesText + "\n" + rulesText.split(separator: "\n").dropFirst().joined(separator: "\n")
        let found = errors(text)
        #expect(found.count == 1)
        expect(found[0], .duplicateID, line: 9, column: 9, mentions: ["\"low\"", "first at line 2"])
    }

    @Test func unknownCategory() throws {
        let found = errors(edit("category: compliance", "category: complience"))
        #expect(found.count == 1)
        expect(found[0], .invalidValue, line: 6, column: 17, mentions: ["did you mean \"compliance\"?"])
    }

    @Test func unknownLevel() throws {
        let found = errors(edit("level: yellow", "level: yelow"))
        #expect(found.count == 1)
        expect(found[0], .invalidValue, line: 7, column: 14, mentions: ["did you mean \"yellow\"?"])
    }

    @Test func rulesDoNotRaiseEscalated() throws {
        let found = errors(edit("level: yellow", "level: escalated"))
        #expect(found.count == 1)
        expect(
            found[0], .invalidValue, line: 7, column: 14,
            mentions: ["observation, yellow or red", "a person's decision"])
    }

    @Test func aRuleMayRaiseRedAndStartAReassessment() throws {
        let (rules, report) = RiskRuleLoader.load(
            file: WorkflowFixtures.file, text: edit("level: yellow", "level: red") + "\n    reassess: true")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(rules?.rules.first?.flag.level == .red)
        #expect(rules?.rules.first?.reassess == true)
    }

    @Test func reassessMustBeTrueOrFalse() throws {
        let found = errors(rulesText + "\n    reassess: often")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("reassess") == true, "\(found)")
    }

    @Test func conditionThatDoesNotParse() throws {
        let found = errors(edit("capacity_level == \"low\"", "capacity_level == \"low\" &&"))
        #expect(found.count == 1)
        expect(found[0], .expressionSyntax, line: 4, column: 37, mentions: [])
    }

    @Test func conditionNamingAnUnknownFact() throws {
        let found = errors(edit("capacity_level ==", "capacity_levl =="))
        #expect(found.count == 1)
        expect(found[0], .unknownField, line: 4, column: 11, mentions: ["did you mean \"capacity_level\"?"])
    }

    @Test func conditionThatDoesNotTypeCheck() throws {
        let found = errors(edit("capacity_level == \"low\"", "plan_overdue > 1"))
        #expect(found.count == 1)
        expect(found[0], .expressionType, line: 4, column: 11, mentions: [])
    }

    @Test func conditionThatIsNotTrueOrFalse() throws {
        let found = errors(edit("capacity_level == \"low\"", "plan_items_overdue"))
        #expect(found.count == 1)
        expect(found[0], .expressionType, line: 4, column: 11, mentions: [])
    }

    @Test func capacityValueThatIsNotALevel() throws {
        let found = errors(edit("\"low\"", "\"lwo\""))
        #expect(found.count == 1)
        #expect(found[0].location.line == 4)
        #expect(found[0].location.column == 29)
    }

    @Test func missingConditionAndFlag() throws {
        let text = """
            risk_rules:
              - id: bare
            """
        let found = errors(text)
        #expect(found.count == 2)
        expect(found[0], .missingKey, line: 2, column: 5, mentions: ["\"when:\""])
        expect(found[1], .missingKey, line: 2, column: 5, mentions: ["\"flag:\""])
    }

    @Test func missingID() throws {
        let found = errors(edit("  - id: low\n    description:", "  - description:"))
        #expect(found.count == 1)
        expect(found[0], .missingKey, line: 2, column: 5, mentions: ["\"id:\""])
    }
}
