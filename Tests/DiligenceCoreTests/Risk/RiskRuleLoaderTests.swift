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

private func edit(_ old: String, _ new: String) -> String { edited(rulesText, old, new) }

/// The errors of rules text that must not load.
private func errors(_ yaml: String) -> [DefinitionError] { loadErrors(yaml, RiskRuleLoader.load) }

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

    /// An edit of the valid rules file that makes it fail with one error, and that error.
    struct OneError: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let old: String
        let new: String
        let code: DefinitionError.Code
        let line: Int
        let column: Int
        let mentions: [String]
    }

    static let oneErrorEdits = [
        OneError(
            testDescription: "an unknown category", old: "category: compliance", new: "category: complience",
            code: .invalidValue, line: 6, column: 17, mentions: ["did you mean \"compliance\"?"]),
        OneError(
            testDescription: "an unknown level", old: "level: yellow", new: "level: yelow",
            code: .invalidValue, line: 7, column: 14, mentions: ["did you mean \"yellow\"?"]),
        OneError(
            testDescription: "rules do not raise escalated", old: "level: yellow", new: "level: escalated",
            code: .invalidValue, line: 7, column: 14,
            mentions: ["observation, yellow or red", "a person's decision"]),
        OneError(
            testDescription: "a condition that does not parse", old: "capacity_level == \"low\"",
            new: "capacity_level == \"low\" &&", code: .expressionSyntax, line: 4, column: 37, mentions: []),
        OneError(
            testDescription: "a condition naming an unknown fact", old: "capacity_level ==",
            new: "capacity_levl ==", code: .unknownField, line: 4, column: 11,
            mentions: ["did you mean \"capacity_level\"?"]),
        OneError(
            testDescription: "a condition that does not type-check", old: "capacity_level == \"low\"",
            new: "plan_overdue > 1", code: .expressionType, line: 4, column: 11, mentions: []),
        OneError(
            testDescription: "a condition that is not true or false", old: "capacity_level == \"low\"",
            new: "plan_items_overdue", code: .expressionType, line: 4, column: 11, mentions: []),
    ]

    @Test("an edit that breaks one thing is reported there", arguments: oneErrorEdits)
    func oneError(_ edited: OneError) throws {
        let found = errors(edit(edited.old, edited.new))
        #expect(found.count == 1, "\(found)")
        let error = try #require(found.first)
        expect(error, edited.code, line: edited.line, column: edited.column, mentions: edited.mentions)
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
