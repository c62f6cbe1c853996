import DiligenceCore
import DiligenceTestSupport
import Foundation
import GRDB
import Testing

@testable import DiligenceStore

private typealias F = FlagFixtures

/// The shipped risk rules raising and clearing flag records in the store: one open flag per rule
/// and partner, cleared with a history entry, ordinary events of flag subjects by `system`.
@Suite struct RiskRuleStoreTests {
    let definitions = F.definitions()

    /// A partner no shipped rule flags.
    static var healthy: PartnerFactValues { .healthy(now: StoreFixtures.days(10)) }

    /// Each shipped rule and a change of the healthy facts that makes it, and only it, hold.
    static let cases: [(String, @Sendable (inout PartnerFactValues) -> Void)] = [
        ("capacity-low", { $0.capacity = .rated(.low) }),
        ("capacity-none", { $0.capacity = .rated(.none) }),
        (
            "assessment-expiring",
            { $0.assessmentExpiresOn = LocalDate(daysSinceEpoch: LocalDate($0.now).daysSinceEpoch + 200) }
        ),
        ("assessment-expired", { $0.assessmentExpiresOn = LocalDate($0.now) }),
        ("plan-items-overdue", { $0.planItemsOverdue = 2 }),
        ("plan-overdue", { $0.planOverdue = true }),
        ("clause-missing", { $0.mandatoryClausesMissing = 1 }),
        ("clause-waived", { $0.mandatoryClausesWaived = 1 }),
        ("training-coverage-low", { $0.trainingCoverage = Decimal(string: "0.5")! }),
        ("training-renewal-overdue", { $0.trainingRenewalOverdue = true }),
        ("allegation-received", { $0.openAllegations = 1 }),
        ("allegation-reported-late", { $0.lateAllegationReports = 1 }),
        // Last, and left out of the raise-and-clear cases below: its flag is red, which only
        // headquarters resolves (AllegationConsequenceTests follows it through a real case).
        ("allegation-substantiated", { $0.substantiatedAllegationsOpen = 1 }),
    ]

    private func apply(_ store: DiligenceStore, _ facts: PartnerFactValues) throws -> Bool {
        try store.transaction { db in
            try DiligenceStore.applyRiskRules(
                partner: "P-0001", facts: facts, definitions: definitions, now: facts.now, db: db)
        }
    }

    @Test func everyShippedRuleIsCovered() throws {
        let ids = try #require(definitions.riskRules).rules.map(\.id)
        #expect(Set(ids) == Set(Self.cases.map(\.0)))
    }

    @Test(arguments: 0..<12)
    func eachShippedRuleRaisesOnceAndClearsWithAHistoryEntry(index: Int) throws {
        let (ruleID, change) = Self.cases[index]
        let temporary = try F.store(definitions)
        let store = temporary.store
        #expect(try apply(store, Self.healthy) == false)
        var facts = Self.healthy
        change(&facts)
        #expect(try apply(store, facts))
        let raised = try store.flags(partner: "P-0001")
        #expect(raised.count == 1)
        let flag = try #require(raised.first)
        #expect(flag.rule == ruleID)
        #expect(flag.raisedBy == Actor(user: "rule:\(ruleID)", role: "system"))
        let rule = try #require(definitions.riskRules?.rule(ruleID))
        #expect(flag.level == rule.flag.level.rawValue && flag.reason == rule.flag.reason)
        // Idempotent: the same facts again raise nothing.
        let events = try temporary.count("event")
        #expect(try apply(store, facts) == false)
        #expect(try temporary.count("event") == events)
        // The condition no longer holds: the flag is resolved by the rule, with a history entry.
        var later = Self.healthy
        later.now = StoreFixtures.days(11)
        #expect(try apply(store, later))
        let cleared = try store.flag(flag.id)
        #expect(cleared.state == "resolved")
        #expect(cleared.context["resolution"]?.stringValue?.contains(ruleID) == true)
        let history = try store.history(flag.id)
        #expect(history.map(\.name) == ["start", "raise", "clear"])
        #expect(history.last?.actor == Actor(user: "rule:\(ruleID)", role: "system"))
        #expect(try apply(store, later) == false)
        #expect(try store.verify().isIntact)
    }

    @Test func aRuleFlagPeopleEscalatedIsNotTheRulesToClear() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        var facts = Self.healthy
        facts.planOverdue = true
        #expect(try apply(store, facts))
        let id = try #require(try store.flags(partner: "P-0001").first?.id)
        _ = try store.decideFlag(
            id, decision: .escalate, text: "Repeated delays.", actor: F.officer, definitions: definitions,
            now: StoreFixtures.days(10))
        #expect(try apply(store, Self.healthy) == false)
        #expect(try store.flag(id).state == "escalated")
        // Still open for the rule: holding again raises no second flag.
        #expect(try apply(store, facts) == false)
        #expect(try store.flags(partner: "P-0001").count == 1)
    }

    @Test func aFlagOfARuleRemovedFromTheFileIsCleared() throws {
        let temporary = try F.store(definitions)
        var facts = Self.healthy
        facts.mandatoryClausesWaived = 1
        #expect(try apply(temporary.store, facts))
        let fewer = DefinitionSet(
            files: [
                .init(
                    path: "Workflows/risk-flag.yaml",
                    text: try String(
                        contentsOf: StoreFixtures.repositoryRoot.appendingPathComponent(
                            "Workflows/risk-flag.yaml"),
                        encoding: .utf8), folder: .workflows),
                .init(
                    path: "Assessments/risk-rules.yaml",
                    text: """
                        risk_rules:
                          - id: plan-overdue
                            when: plan_overdue
                            flag: {category: compliance, level: yellow, reason: Overdue.}
                        """, folder: .assessments),
            ])
        #expect(fewer.report.isValid, "\(fewer.report.errors)")
        let changed = try temporary.store.transaction { db in
            try DiligenceStore.applyRiskRules(
                partner: "P-0001", facts: facts, definitions: fewer, now: facts.now, db: db)
        }
        #expect(changed)
        let flag = try #require(try temporary.store.flags(partner: "P-0001").first)
        #expect(flag.state == "resolved")
        #expect(flag.context["resolution"]?.stringValue?.contains("no longer in") == true)
    }
}
