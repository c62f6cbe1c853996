import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// The shipped rules of `Assessments/risk-rules.yaml`, raising and clearing on facts built here.
@Suite struct RiskRuleEvaluationTests {
    static func shipped() throws -> RiskRules {
        try loadShipped("Assessments/risk-rules.yaml", RiskRuleLoader.load)
    }

    /// 2026-01-31 plus `days`.
    static func day(_ days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: LocalDate(WorkflowFixtures.now).daysSinceEpoch + days)
    }

    /// A partner no shipped rule flags: full capacity, assessed a year ago, nothing overdue or
    /// missing, everyone trained.
    static var healthy: PartnerFactValues { .healthy(now: WorkflowFixtures.now) }

    /// Each shipped rule and a change of the healthy facts that makes it, and only it, hold.
    static let cases: [(String, @Sendable (inout PartnerFactValues) -> Void)] = [
        ("capacity-low", { $0.capacity = .rated(.low) }),
        ("capacity-low", { $0.capacity = .lowCapacityAssumedEmergency }),
        ("capacity-none", { $0.capacity = .rated(.none) }),
        ("assessment-expiring", { $0.assessmentExpiresOn = day(365) }),
        ("assessment-expiring", { $0.assessmentExpiresOn = day(1) }),
        ("assessment-expired", { $0.assessmentExpiresOn = day(0) }),
        ("assessment-expired", { $0.assessmentExpiresOn = day(-30) }),
        ("plan-items-overdue", { $0.planItemsOverdue = 2 }),
        ("plan-overdue", { $0.planOverdue = true }),
        ("clause-missing", { $0.mandatoryClausesMissing = 1 }),
        ("clause-waived", { $0.mandatoryClausesWaived = 1 }),
        ("training-coverage-low", { $0.trainingCoverage = Decimal(string: "0.99")! }),
        (
            "training-coverage-low",
            {
                $0.trainingCoverage = Decimal(string: "0.8")!
                $0.trainingCoverageRequired = Decimal(string: "0.85")!
            }
        ),
        ("training-renewal-overdue", { $0.trainingRenewalOverdue = true }),
        ("allegation-received", { $0.openAllegations = 1 }),
        ("allegation-reported-late", { $0.lateAllegationReports = 2 }),
        ("allegation-substantiated", { $0.substantiatedAllegationsOpen = 1 }),
    ]

    @Test func healthyPartnerRaisesNothing() throws {
        #expect(try Self.shipped().evaluate(facts: Self.healthy, openRuleFlags: []) == [])
    }

    @Test func unrecordedFactsRaiseNothing() throws {
        let facts = PartnerFactValues(now: WorkflowFixtures.now)
        #expect(try Self.shipped().evaluate(facts: facts, openRuleFlags: []) == [])
    }

    @Test func everyShippedRuleHasACase() throws {
        #expect(Set(try Self.shipped().rules.map(\.id)) == Set(Self.cases.map(\.0)))
    }

    @Test(arguments: cases.indices)
    func ruleRaisesWhileItHoldsAndClearsWhenItNoLongerHolds(index: Int) throws {
        let rules = try Self.shipped()
        let (id, change) = Self.cases[index]
        var facts = Self.healthy
        change(&facts)
        let flag = try #require(rules.rule(id)).flag
        #expect(rules.evaluate(facts: facts, openRuleFlags: []) == [.raise(ruleID: id, flag: flag)])
        #expect(rules.evaluate(facts: facts, openRuleFlags: [id]) == [], "idempotent while open")
        #expect(rules.evaluate(facts: Self.healthy, openRuleFlags: [id]) == [.clear(ruleID: id)])
    }

    @Test func assessmentExpiringStartsAYearBeforeExpiry() throws {
        let rules = try Self.shipped()
        var facts = Self.healthy
        facts.assessmentExpiresOn = Self.day(366)
        #expect(rules.evaluate(facts: facts, openRuleFlags: []) == [])
    }

    @Test func expiredReplacesExpiring() throws {
        let rules = try Self.shipped()
        var facts = Self.healthy
        facts.assessmentExpiresOn = Self.day(0)
        let expired = try #require(rules.rule("assessment-expired")).flag
        #expect(
            rules.evaluate(facts: facts, openRuleFlags: ["assessment-expiring"]) == [
                .clear(ruleID: "assessment-expiring"), .raise(ruleID: "assessment-expired", flag: expired),
            ])
    }

    @Test func evaluatingTwiceWithTheRaisedFlagsOpenRaisesNothingNew() throws {
        let rules = try Self.shipped()
        var facts = Self.healthy
        facts.capacity = .rated(.low)
        facts.planOverdue = true
        facts.mandatoryClausesMissing = 3
        let first = rules.evaluate(facts: facts, openRuleFlags: [])
        #expect(first.count == 3)
        let open = Set(
            first.compactMap { outcome -> String? in
                if case .raise(let id, _) = outcome { return id }
                return nil
            })
        #expect(open == ["capacity-low", "plan-overdue", "clause-missing"])
        #expect(rules.evaluate(facts: facts, openRuleFlags: open) == [])
        #expect(rules.evaluate(facts: facts, openRuleFlags: open) == [])
    }

    @Test func flagsOfRulesNoLongerInTheFileAreCleared() throws {
        let rules = try Self.shipped()
        #expect(
            rules.evaluate(facts: Self.healthy, openRuleFlags: ["retired-b", "retired-a"]) == [
                .clear(ruleID: "retired-a"), .clear(ruleID: "retired-b"),
            ])
    }

    @Test func shippedRulesRaiseObservationsOrYellowFlags() throws {
        for rule in try Self.shipped().rules {
            #expect(RuleFlag.ruleLevels.contains(rule.flag.level), "\(rule.id)")
            #expect(!rule.flag.reason.isEmpty)
        }
    }
}
