import DiligenceApp
import DiligenceCore
import Testing

/// Who may act: an active account and a role it holds, checked by the layer with nothing written.
@Suite struct AuthenticationTests {
    static let officer = NewAccount(
        name: "amina.diallo", displayName: "Amina Diallo", email: "amina.diallo@example.org",
        roles: ["programme_officer"], scope: ["KE"])
    static let twoRoles = NewAccount(name: "femi.adeyemi", roles: ["programme_officer", "psea_focal_point"])

    @Test func anActiveAccountActsInARoleItHolds() async throws {
        let (fixture, _) = try await AppFixture.withAccounts([Self.officer, Self.twoRoles])
        let single = try await fixture.service.authenticate("amina.diallo", role: nil)
        #expect(
            single.role == "programme_officer"
                && single.actor == Actor(user: "amina.diallo", role: "programme_officer"))
        #expect(single.account.scope == ["KE"] && single.account.email == "amina.diallo@example.org")
        let named = try await fixture.service.authenticate("femi.adeyemi", role: "psea_focal_point")
        #expect(named.role == "psea_focal_point")
    }

    @Test(
        arguments: [
            ("nobody", "programme_officer", DiligenceError.Code.unknownAccount),
            ("amina.diallo", "psea_focal_point", .roleNotHeld),
            ("amina.diallo", "boss", .unknownRole),
            ("amina.diallo", "system", .systemRole),
            ("femi.adeyemi", nil, .roleAmbiguous),
            ("", "programme_officer", .noActor),
            ("  ", nil, .noActor),
        ] as [(String, String?, DiligenceError.Code)])
    func aRefusedActorWritesNothing(_ name: String, _ role: String?, _ code: DiligenceError.Code) async throws
    {
        let (fixture, _) = try await AppFixture.withAccounts([Self.officer, Self.twoRoles])
        let rows = try fixture.logRows()
        let error = await refusal { _ = try await fixture.service.authenticate(name, role: role) }
        #expect(error?.code == code)
        #expect(try fixture.logRows() == rows)
    }

    @Test func aDisabledAccountCannotActUntilEnabled() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts([Self.officer])
        _ = try await fixture.service.disable("amina.diallo", by: admin)
        let error = await refusal { _ = try await fixture.service.authenticate("amina.diallo", role: nil) }
        #expect(error?.code == .accountDisabled && error?.values["account"] == "amina.diallo")
        _ = try await fixture.service.enable("amina.diallo", by: admin)
        #expect(try await fixture.service.authenticate("amina.diallo", role: nil).role == "programme_officer")
    }

    @Test func aDatabaseWithoutAccountsSaysHowToStart() async throws {
        let fixture = try AppFixture()
        let error = await refusal { _ = try await fixture.service.authenticate("amina.diallo", role: nil) }
        #expect(error?.code == .noAccounts)
    }
}
