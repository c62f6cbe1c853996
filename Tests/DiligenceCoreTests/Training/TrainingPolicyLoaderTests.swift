import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// A valid policy whose lines the tests edit: 1 training_policy, 2 renewal_period,
/// 3 coverage_threshold, 4 categories, 5 contact_with_beneficiaries_only.
private let policyText = """
    training_policy:
      renewal_period: 6mo
      coverage_threshold: 0.85
      categories: [staff, volunteers, interns]
      contact_with_beneficiaries_only: false
    """

private func edit(_ old: String, _ new: String) -> String { edited(policyText, old, new) }

private func errors(_ yaml: String) -> [DefinitionError] { loadErrors(yaml, TrainingPolicyLoader.load) }

/// The training policy file: the shipped default, every key, every error at its line and column.
@Suite struct TrainingPolicyLoaderTests {
    @Test func shippedPolicyIsTheDefault() throws {
        let path = "Assessments/training-policy.yaml"
        let policy = try loadShipped(path, TrainingPolicyLoader.load)
        var expected = TrainingPolicy.standard
        expected.file = path
        #expect(policy == expected)
        #expect(expected.coverageThreshold == 1)
        #expect(expected.categories == [.staff, .volunteers])
        #expect(expected.contactWithBeneficiariesOnly)
        #expect(expected.renewalPeriod == CalendarDuration(months: 12))
    }

    @Test func everyKeyIsRead() throws {
        let (policy, report) = TrainingPolicyLoader.load(file: WorkflowFixtures.file, text: policyText)
        #expect(report.errors.isEmpty)
        let loaded = try #require(policy)
        #expect(loaded.renewalPeriod == CalendarDuration(months: 6))
        #expect(loaded.coverageThreshold == Decimal(string: "0.85"))
        #expect(loaded.categories == [.staff, .volunteers, .interns])
        #expect(!loaded.contactWithBeneficiariesOnly)
    }

    @Test func leftOutKeysKeepTheDefaults() throws {
        let (policy, _) = TrainingPolicyLoader.load(
            file: WorkflowFixtures.file, text: "training_policy: {}\n")
        #expect(policy?.categories == TrainingPolicy.standard.categories)
    }

    @Test func unknownKeyWithSuggestion() {
        let found = errors(edit("  coverage_threshold:", "  coverage_treshold:"))
        #expect(found.count == 1)
        expect(found[0], .unknownKey, line: 3, column: 3, mentions: ["did you mean \"coverage_threshold\"?"])
    }

    @Test func unknownTopKey() {
        let found = errors(edit("training_policy:", "training_polcy:"))
        expect(found[0], .unknownKey, line: 1, column: 1, mentions: ["did you mean \"training_policy\"?"])
    }

    @Test func badRenewalPeriod() {
        expect(
            errors(edit("6mo", "six months"))[0], .invalidValue, line: 2, column: 19, mentions: ["duration"])
        expect(
            errors(edit("6mo", "0d"))[0], .invalidValue, line: 2, column: 19, mentions: ["at least one day"])
    }

    @Test(arguments: ["0", "1.5", "85%", "high"])
    func badThreshold(text: String) {
        let found = errors(edit("0.85", text))
        #expect(found.count == 1)
        expect(found[0], .invalidValue, line: 3, column: 23, mentions: ["above 0 and at most 1"])
    }

    @Test func unknownAndRepeatedCategories() {
        let unknown = errors(edit("volunteers, interns", "volunters, interns"))
        #expect(unknown.count == 1)
        expect(unknown[0], .invalidValue, line: 4, column: 23, mentions: ["did you mean \"volunteers\"?"])
        let repeated = errors(edit("interns]", "staff]"))
        expect(repeated[0], .duplicateID, line: 4, column: 35, mentions: ["twice"])
        let empty = errors(edit("[staff, volunteers, interns]", "[]"))
        expect(empty[0], .missingKey, line: 4, column: 15, mentions: ["at least one"])
    }

    @Test func badBoolean() {
        expect(
            errors(edit("false", "maybe"))[0], .wrongType, line: 5, column: 36, mentions: ["true or false"])
    }
}
