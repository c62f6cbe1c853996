import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// Accounts are created and changed by administrators only, each change a row of the log that
/// `audit verify` replays.
@Suite struct AccountAdministrationTests {
    @Test func theFirstAccountNeedsNoActorAndMustManageAccounts() async throws {
        let fixture = try AppFixture()
        let plain = await refusal {
            _ = try await fixture.service.addAccount(
                NewAccount(name: "amina", roles: ["programme_officer"]), by: nil)
        }
        #expect(plain?.code == .missingValue && plain?.field == .role)
        #expect(try fixture.logRows() == 0)
        let first = try await fixture.service.addAccount(
            NewAccount(name: "grace", roles: ["administrator"]), by: nil)
        #expect(first.roles == ["administrator"])
        // Once an account exists, nobody acts without one.
        let second = await refusal {
            _ = try await fixture.service.addAccount(
                NewAccount(name: "mallory", roles: ["administrator"]), by: nil)
        }
        #expect(second?.code == .accountConflict && second?.values["problem"] == "accounts-exist")
        let again = await refusal {
            _ = try await fixture.service.initialise(
                administrator: NewAccount(name: "eve", roles: []), simulatedClock: true)
        }
        #expect(again?.values["problem"] == "accounts-exist")
        #expect(try fixture.store.accounts().map(\.name) == ["grace"])
    }

    @Test func onlyARoleThatManagesAccountsDoesIt() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts([
            NewAccount(name: "amina", roles: ["programme_officer"]),
            NewAccount(name: "henrik", roles: ["manager"]),
        ])
        let officer = try await fixture.service.authenticate("amina", role: nil)
        let rows = try fixture.logRows()
        for act in [
            {
                _ = try await fixture.service.addAccount(
                    NewAccount(name: "eve", roles: ["administrator"]), by: officer)
            },
            { _ = try await fixture.service.grant(["administrator"], to: "amina", by: officer) },
            { _ = try await fixture.service.disable("henrik", by: officer) },
            { _ = try await fixture.service.accounts(by: officer) },
            { _ = try await fixture.service.unclaimedActors(by: officer) },
            { _ = try await fixture.service.declaredRoles(by: officer) },
        ] as [() async throws -> Void] {
            let error = await refusal(act)
            #expect(error?.code == .notAllowed && error?.values["allowed"] == "administrator")
        }
        #expect(try fixture.logRows() == rows)
        #expect(try await fixture.service.accounts(by: admin).map(\.name) == ["admin", "amina", "henrik"])
        let declared = try await fixture.service.declaredRoles(by: admin)
        #expect(declared.first { $0.id == "partner" }?.holder == .partner)
        #expect(declared.first { $0.id == "administrator" }?.holder == .administrator)
    }

    @Test(
        arguments: [
            (NewAccount(name: "A", roles: ["manager"]), DiligenceError.Field.accountName),
            (NewAccount(name: "system", roles: ["manager"]), .accountName),
            (NewAccount(name: "ok.name", displayName: "  ", roles: ["manager"]), .displayName),
            (NewAccount(name: "ok.name", displayName: "Bell\u{7}", roles: ["manager"]), .displayName),
            (NewAccount(name: "ok.name", email: "not an address", roles: ["manager"]), .email),
            (NewAccount(name: "ok.name", roles: []), .role),
            (NewAccount(name: "ok.name", roles: ["boss"]), .role),
            (NewAccount(name: "ok.name", roles: ["manager"], scope: ["Kenya"]), .scope),
            (NewAccount(name: "ok.name", roles: ["partner"]), .partner),
            (NewAccount(name: "ok.name", roles: ["partner"], partner: "P-0009"), .partner),
            (NewAccount(name: "ok.name", roles: ["manager"], partner: "P-0001"), .partner),
            (NewAccount(name: "ok.name", roles: ["partner", "manager"], partner: "P-0001"), .role),
            (NewAccount(name: "ok.name", roles: ["partner"], partner: "P-0001", scope: ["KE"]), .scope),
            (NewAccount(name: "admin", roles: ["manager"]), .accountName),
        ] as [(NewAccount, DiligenceError.Field)])
    func aBadAccountIsRefusedAtItsFieldAndNothingIsWritten(
        _ request: NewAccount, _ field: DiligenceError.Field
    ) async throws {
        let (fixture, admin) = try await AppFixture.withAccounts()
        _ = try fixture.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: Actor(user: "admin", role: "programme_officer"),
            definitions: AppFixture.definitions, now: fixture.now)
        let rows = try fixture.logRows()
        let error = await refusal { _ = try await fixture.service.addAccount(request, by: admin) }
        #expect(error?.field == field, "\(String(describing: error))")
        #expect(try fixture.logRows() == rows)
    }

    @Test func aPartnersStaffAccountIsTiedToItsPartner() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts()
        let partner = try fixture.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: Actor(user: "admin", role: "programme_officer"),
            definitions: AppFixture.definitions, now: fixture.now)
        let account = try await fixture.service.addAccount(
            NewAccount(name: "wanjiru", roles: ["partner"], partner: partner.id), by: admin)
        #expect(account.partner == partner.id && account.scope.isEmpty)
        let mixed = await refusal {
            _ = try await fixture.service.grant(["programme_officer"], to: "wanjiru", by: admin)
        }
        #expect(mixed?.values["problem"] == "partner-mix")
    }

    @Test func rolesAreGrantedRevokedAndTheLastAdministratorStays() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts([
            NewAccount(name: "amina", roles: ["programme_officer"])
        ])
        let granted = try await fixture.service.grant(["psea_focal_point"], to: "amina", by: admin)
        #expect(granted.roles == ["programme_officer", "psea_focal_point"])
        let twice = await refusal {
            _ = try await fixture.service.grant(["psea_focal_point"], to: "amina", by: admin)
        }
        #expect(twice?.values["problem"] == "already-holds")
        let revoked = try await fixture.service.revoke(["programme_officer"], from: "amina", by: admin)
        #expect(revoked.roles == ["psea_focal_point"])
        let empty = await refusal {
            _ = try await fixture.service.revoke(["psea_focal_point"], from: "amina", by: admin)
        }
        #expect(empty?.values["problem"] == "no-role-left")
        let rows = try fixture.logRows()
        let lastDisabled = await refusal { _ = try await fixture.service.disable("admin", by: admin) }
        #expect(lastDisabled?.values["problem"] == "last-administrator")
        _ = try await fixture.service.grant(["administrator"], to: "amina", by: admin)
        _ = try await fixture.service.disable("admin", by: admin)
        #expect(try fixture.logRows() == rows + 2)
        let gone = await refusal { _ = try await fixture.service.authenticate("admin", role: nil) }
        #expect(gone?.code == .accountDisabled)
    }

    @Test func everyChangeIsInTheLogAndVerifies() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts([
            NewAccount(name: "amina", roles: ["programme_officer"])
        ])
        _ = try await fixture.service.update(
            "amina", displayName: "Amina Diallo", email: "amina@example.org", scope: ["ke", "UG"], by: admin)
        _ = try await fixture.service.grant(["manager"], to: "amina", by: admin)
        _ = try await fixture.service.disable("amina", by: admin)
        let rows = try fixture.store.log()
        #expect(
            rows.map(\.name) == [
                "installation_set", "account_add", "account_add", "account_update", "roles_grant",
                "account_disable",
            ])
        #expect(rows.dropFirst().allSatisfy { $0.subject.hasPrefix("account:") && $0.actor.user == "admin" })
        let amina = try #require(try fixture.store.account("amina"))
        #expect(amina.scope == ["KE", "UG"] && amina.displayName == "Amina Diallo" && !amina.isActive)
        #expect(try fixture.store.verify().isIntact)
        // An account row changed behind the log's back is found.
        try fixture.tamper("INSERT INTO account_role (account, role) VALUES ('amina', 'administrator')")
        let report = try fixture.store.verify()
        #expect(!report.isIntact)
        #expect(report.problems.first?.message.contains("role of the account") == true, "\(report.problems)")
    }
}
