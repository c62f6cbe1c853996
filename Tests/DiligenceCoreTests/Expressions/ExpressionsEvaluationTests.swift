import Foundation
import Testing

@testable import DiligenceCore

@Suite("Expressions: evaluation")
struct ExpressionsEvaluationTests {
    private let date = { (text: String) in Value.date(LocalDate(text)!) }
    private let decimal = { (text: String) in Value.decimal(Decimal(string: text)!) }

    @Test func literalsEvaluateToThemselves() throws {
        #expect(try evaluate("42") == .int(42))
        #expect(try evaluate("-3") == .int(-3))
        #expect(try evaluate("0.85") == decimal("0.85"))
        #expect(try evaluate("'full'") == .string("full"))
        #expect(try evaluate("2026-03-31") == date("2026-03-31"))
        #expect(try evaluate("1y6mo") == .duration(CalendarDuration(months: 18)))
        #expect(try evaluate("-30d") == .duration(CalendarDuration(seconds: -2_592_000)))
        #expect(try evaluate("true") == .bool(true))
    }

    @Test func theTypicalCapacityGuard() throws {
        let guardText =
            "capacity_level in [\"full\", \"medium\"] && open_red_flags == 0 && days_since(assessed_on) <= 1825"
        let passing: [String: Value] = [
            "capacity_level": .string("medium"), "open_red_flags": .int(0), "assessed_on": date("2024-01-01"),
        ]
        #expect(try holds(guardText, passing))
        var lowCapacity = passing
        lowCapacity["capacity_level"] = .string("low")
        #expect(try !holds(guardText, lowCapacity))
        var redFlag = passing
        redFlag["open_red_flags"] = .int(1)
        #expect(try !holds(guardText, redFlag))
        var stale = passing
        stale["assessed_on"] = date("2021-01-01")
        #expect(try !holds(guardText, stale))
        #expect(try !holds(guardText, [:]))
    }

    @Test func logicalOperators() throws {
        let yes: [String: Value] = ["agreement_signed": .bool(true)]
        let no: [String: Value] = ["agreement_signed": .bool(false)]
        #expect(try holds("agreement_signed && true", yes))
        #expect(try !holds("agreement_signed && true", no))
        #expect(
            try holds(
                "agreement_signed || open_red_flags == 0", no.merging(["open_red_flags": .int(0)]) { $1 }))
        #expect(try !holds("agreement_signed || false", no))
        #expect(try holds("!agreement_signed", no))
        #expect(try !holds("!agreement_signed", yes))
    }

    @Test func unsetCountsAsFalseInLogic() throws {
        #expect(try !holds("agreement_signed"))
        #expect(try !holds("agreement_signed && true"))
        #expect(try holds("agreement_signed || true"))
        #expect(try holds("!agreement_signed"))
        #expect(try evaluate("agreement_signed") == nil)
        #expect(try evaluate("agreement_signed && true") == .bool(false))
    }

    @Test func equalityAndUnsetFields() throws {
        let flags: [String: Value] = ["open_red_flags": .int(2)]
        #expect(try holds("open_red_flags == 2", flags))
        #expect(try holds("open_red_flags != 0", flags))
        #expect(try !holds("open_red_flags == 0"))
        #expect(try holds("open_red_flags != 0"))
        #expect(try holds("partner_name == country"))
        #expect(try !holds("partner_name != country"))
        #expect(try !holds("partner_name == country", ["partner_name": .string("NGO")]))
        #expect(try holds("partner_name != country", ["partner_name": .string("NGO")]))
        let same: [String: Value] = ["capacity_level": .string("low"), "prior_capacity": .string("low")]
        #expect(try holds("capacity_level == prior_capacity", same))
        #expect(try holds("capacity_level == 'low' && \"low\" == prior_capacity", same))
    }

    @Test func decimalAndIntegerMixNumerically() throws {
        let values: [String: Value] = ["training_coverage": decimal("0.85"), "score": .int(3)]
        #expect(try holds("training_coverage >= 0.8", values))
        #expect(try !holds("training_coverage >= 1", values))
        #expect(try holds("score == 3.0", values))
        #expect(try holds("score < 3.5 && score > 2.99", values))
        #expect(try holds("training_coverage < score", values))
        #expect(try holds("threshold == 2", ["threshold": .int(2)]))
        #expect(try holds("score in [1.5, 3.0]", values))
        #expect(try !holds("score not in [3.0]", values))
        #expect(try evaluate("-training_coverage", values) == decimal("-0.85"))
        #expect(try evaluate("-score", values) == .int(-3))
    }

    @Test func orderingOperators() throws {
        let values: [String: Value] = ["score": .int(3)]
        #expect(try holds("score < 4", values))
        #expect(try !holds("score < 3", values))
        #expect(try holds("score <= 3", values))
        #expect(try holds("score > 2", values))
        #expect(try !holds("score > 3", values))
        #expect(try holds("score >= 3", values))
        #expect(try holds("-score < -2", values))
    }

    @Test func orderingWithUnsetIsFalse() throws {
        for op in ["<", "<=", ">", ">="] {
            #expect(try !holds("score \(op) 0"), "\(op)")
            #expect(try !holds("0 \(op) score"), "\(op)")
        }
    }

    @Test func datesAndDurations() throws {
        let values: [String: Value] = [
            "assessed_on": date("2026-03-31"), "review_period": .duration(CalendarDuration(months: 6)),
        ]
        #expect(try holds("assessed_on < 2026-04-01 && assessed_on >= 2026-03-31", values))
        #expect(try holds("assessed_on == 2026-03-31", values))
        #expect(try holds("review_period == 6mo && review_period > 26w && review_period < 27w", values))
        #expect(try holds("review_period <= 1y && 1y == 12mo && 2w == 14d", values))
        #expect(try holds("-review_period < 0d", values))
    }

    @Test func dayCountingFunctions() throws {
        let values: [String: Value] = [
            "assessed_on": date("2026-04-05"), "assessment.expires_on": date("2026-05-15"),
        ]
        #expect(try evaluate("days_since(assessed_on)", values) == .int(10))
        #expect(try evaluate("days_until(assessment.expires_on)", values) == .int(30))
        #expect(try evaluate("days_since(assessment.expires_on)", values) == .int(-30))
        #expect(try evaluate("days_until(assessed_on)", values) == .int(-10))
        #expect(try evaluate("days_since(2026-04-15)") == .int(0))
        #expect(try evaluate("today()") == date("2026-04-15"))
        #expect(try holds("assessed_on < today()", values))
    }

    @Test func dayCountingOfUnsetDatesIsUnset() throws {
        #expect(try evaluate("days_since(assessed_on)") == nil)
        #expect(try evaluate("days_until(assessed_on)") == nil)
        #expect(try !holds("days_since(assessed_on) <= 1825"))
        #expect(try !holds("days_since(assessed_on) > 1825"))
        #expect(try holds("days_since(assessed_on) != 3"))
    }

    @Test func listFunctions() throws {
        let values: [String: Value] = ["documents": .list(["code of conduct", "psea policy"])]
        #expect(try evaluate("count(documents)", values) == .int(2))
        #expect(try evaluate("count(documents)") == .int(0))
        #expect(try holds("contains(documents, 'psea policy')", values))
        #expect(try !holds("contains(documents, 'audit')", values))
        #expect(try !holds("contains(documents, 'audit')"))
        #expect(try !holds("contains(documents, partner_name)", values))
    }

    @Test func isSetTellsWhetherAFieldHasAValue() throws {
        #expect(try holds("is_set(assessed_on)", ["assessed_on": date("2026-01-01")]))
        #expect(try !holds("is_set(assessed_on)"))
        #expect(try holds("!is_set(agreement_signed)"))
        #expect(try holds("is_set(agreement_signed)", ["agreement_signed": .bool(false)]))
    }

    @Test func inStateReadsTheActiveStates() throws {
        #expect(try holds("in_state(\"under_review\")", active: [1]))
        #expect(try !holds("in_state('under_review')", active: [0, 2]))
        #expect(try holds("in_state('intake') || in_state('approved')", active: [2]))
    }

    @Test func membershipInListLiterals() throws {
        let medium: [String: Value] = ["capacity_level": .string("medium")]
        #expect(try holds("capacity_level in ['full', 'medium']", medium))
        #expect(try !holds("capacity_level in ['full', 'low']", medium))
        #expect(try holds("capacity_level not in ['none', 'low']", medium))
        #expect(try !holds("capacity_level not in ['medium']", medium))
        #expect(try !holds("capacity_level in []", medium))
        #expect(try holds("capacity_level not in []", medium))
        #expect(try holds("capacity_level in [prior_capacity, 'medium']", medium))
        #expect(try holds("assessed_on in [2026-01-01, 2026-02-01]", ["assessed_on": date("2026-02-01")]))
        #expect(
            try !holds(
                "capacity_level not in [prior_capacity]",
                medium.merging(["prior_capacity": .string("medium")]) { $1 }))
    }

    @Test func membershipOfUnsetIsFalse() throws {
        #expect(try !holds("capacity_level in ['full', 'medium']"))
        #expect(try !holds("capacity_level not in ['full', 'medium']"))
        #expect(try !holds("score in [1, 2]"))
        #expect(try !holds("score not in [1, 2]"))
    }

    @Test func membershipInListFields() throws {
        let values: [String: Value] = [
            "documents": .list(["full", "low"]), "capacity_level": .string("low"),
        ]
        #expect(try holds("capacity_level in documents", values))
        #expect(try !holds("capacity_level not in documents", values))
        #expect(
            try holds("partner_name not in documents", values.merging(["partner_name": .string("x")]) { $1 }))
        #expect(try !holds("capacity_level in documents", ["capacity_level": .string("low")]))
        #expect(try holds("capacity_level not in documents", ["capacity_level": .string("low")]))
        #expect(try !holds("capacity_level not in documents", ["documents": .list(["low"])]))
    }

    @Test func nonBooleanResultsAreNotSatisfied() throws {
        let compiled = try compile("score", expecting: nil)
        #expect(compiled.evaluate(in: TestEnvironment(["score": .int(1)])) == .int(1))
        #expect(!compiled.isSatisfied(in: TestEnvironment(["score": .int(1)])))
    }

    @Test func compiledExpressionKeepsItsSourceAndLocation() throws {
        let location = at(7, 14)
        let compiled = try ExpressionCompiler.compile("open_red_flags == 0", at: location, in: TestScope())
        #expect(compiled.source == "open_red_flags == 0")
        #expect(compiled.location == location)
        #expect(compiled.type == .bool)
    }

    @Test func fieldsReadInOrderOfFirstAppearanceWithoutDuplicates() throws {
        let compiled = try compile(
            "open_red_flags == 0 && (capacity_level == 'full' || open_red_flags < 2) "
                + "&& is_set(assessment.expires_on) && days_since(assessed_on) < 30 && capacity_level != 'none'"
        )
        #expect(
            compiled.fieldsRead == [
                FieldReference(path: "open_red_flags", slot: 1),
                FieldReference(path: "capacity_level", slot: 0),
                FieldReference(path: "assessment.expires_on", slot: 8),
                FieldReference(path: "assessed_on", slot: 2),
            ])
        #expect(try compile("in_state('intake') && today() > 2026-01-01").fieldsRead.isEmpty)
    }

    @Test func compiledGuardGivesTheSameAnswerOnEveryEvaluation() throws {
        let compiled = try compile(
            "capacity_level in [\"full\", \"medium\"] && open_red_flags == 0 && days_since(assessed_on) <= 1825"
        )
        let environment = TestEnvironment([
            "capacity_level": .string("full"), "open_red_flags": .int(0), "assessed_on": date("2025-01-01"),
        ])
        var satisfied = 0
        for _ in 0..<1_000 where compiled.isSatisfied(in: environment) { satisfied += 1 }
        #expect(satisfied == 1_000)
    }
}
