import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// `tick` is an act of an account whose role fires deadlines, logged as such, and never moves the
/// log's clock backwards or, on a real installation, ahead of the real one.
@Suite struct TickRulesTests {
    /// A partner whose assessment deadline (90 days) is pending.
    static func partnerInAssessment(_ fixture: AppFixture) throws -> String {
        let officer = Actor(user: "amina", role: "programme_officer")
        let partner = try fixture.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: officer, definitions: AppFixture.definitions,
            now: fixture.now)
        _ = try fixture.startedAssessment(of: partner.id)
        return partner.id
    }

    @Test func onlyARoleThatFiresDeadlinesTicks() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts([
            NewAccount(name: "amina", roles: ["programme_officer"])
        ])
        let officer = try await fixture.service.authenticate("amina", role: nil)
        let error = await refusal { _ = try await fixture.service.tick(by: officer) }
        #expect(error?.code == .notAllowed && error?.values["act"] == "fire_deadlines")
        let outcome = try await fixture.service.tick(by: admin)
        #expect(outcome.fired.isEmpty)
        // Nothing due: nothing is written, so cron may run it every minute.
        let system = try await fixture.service.tick(by: .system)
        #expect(system.fired.isEmpty)
    }

    @Test func aTickThatFiresIsLoggedAsTheAccountsAct() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts(simulatedClock: true)
        let partner = try Self.partnerInAssessment(fixture)
        let due = fixture.now.addingTimeInterval(91 * 86_400)
        let outcome = try await fixture.service.tick(at: due, by: admin)
        #expect(outcome.fired.map(\.subject).contains(partner), "\(outcome.fired)")
        let tick = try #require(try fixture.store.log().last)
        #expect(tick.name == "tick" && tick.actor == admin.actor && tick.kind == "installation")
        #expect(try fixture.store.verify().isIntact)
    }

    @Test func aTimeBeforeTheLogsNewestEventIsRefused() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts(simulatedClock: true)
        _ = try Self.partnerInAssessment(fixture)
        let rows = try fixture.logRows()
        let error = await refusal {
            _ = try await fixture.service.tick(at: fixture.now.addingTimeInterval(-86_400), by: admin)
        }
        #expect(error?.code == .clockBackwards && error?.field == .now)
        #expect(try fixture.logRows() == rows)
    }

    @Test func aRealInstallationCannotTickAheadOfTheClock() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts(simulatedClock: false)
        _ = try Self.partnerInAssessment(fixture)
        let rows = try fixture.logRows()
        let far = try #require(Timestamp.parse("9999-12-31T23:59:00Z"))
        let error = await refusal { _ = try await fixture.service.tick(at: far, by: admin) }
        #expect(error?.code == .clockAhead)
        #expect(try fixture.logRows() == rows)
        // As the real clock passes the deadline, the same tick fires it.
        fixture.advance(days: 91)
        #expect(try await fixture.service.tick(by: admin).fired.count == 1)
    }
}
