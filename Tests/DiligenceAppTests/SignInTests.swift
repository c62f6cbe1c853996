import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@testable import DiligenceApp

/// Signing in with a password: the rules of passwords, the throttling of failures per account
/// and per address (never a lockout), what the log keeps (never a password, never a name typed
/// for no account), and sessions that end when the account or its password changes.
@Suite struct SignInTests {
    /// Cheap hashes: the cost is a setting, and tests need no strength.
    static let settings = SignInSettings(bcryptCost: 4)

    static func fixture() async throws -> (AppFixture, AuthenticatedActor) {
        let (fixture, admin) = try await AppFixture.withAccounts([
            NewAccount(name: "amina", roles: ["programme_officer"]),
            NewAccount(name: "grace", roles: ["psea_focal_point", "manager"]),
        ])
        try await fixture.service.resetPassword(
            of: "amina", to: "correct horse battery", by: admin, settings: settings)
        return (fixture, admin)
    }

    @Test func aPasswordSetByAnAdministratorSignsInAndMustBeChanged() async throws {
        let (fixture, _) = try await Self.fixture()
        let signedIn = try await fixture.service.signIn(
            " Amina ", password: "correct horse battery", address: "10.0.0.1", settings: Self.settings)
        #expect(signedIn.actor.account.name == "amina")
        #expect(signedIn.actor.role == "programme_officer")
        #expect(signedIn.mustChangePassword)
        // Every request's check says so too, from the same read.
        let resumed = try await fixture.service.resume(
            account: "amina", role: "programme_officer", signedInAt: fixture.now)
        #expect(resumed.mustChangePassword && resumed.actor.account.name == "amina")
        try await fixture.service.changePassword(
            current: "correct horse battery", new: "a better one of mine", by: signedIn.actor,
            settings: Self.settings)
        #expect(try await fixture.service.mustChangePassword(signedIn.actor) == false)
    }

    @Test(arguments: [
        ("short", "too-short"), (String(repeating: "é", count: 40), "too-long"),
        ("my name is amina!", "is-account-name"),
    ])
    func aWeakPasswordIsRefusedAndNothingIsWritten(password: String, problem: String) async throws {
        let (fixture, admin) = try await Self.fixture()
        let rows = try fixture.logRows()
        let error = await refusal {
            try await fixture.service.resetPassword(
                of: "amina", to: password, by: admin, settings: Self.settings)
        }
        #expect(error?.code == .weakPassword && error?.values["problem"] == problem)
        #expect(error?.field == .newPassword)
        #expect(try fixture.logRows() == rows)
    }

    @Test func onlyAnAdministratorSetsAnotherAccountsPassword() async throws {
        let (fixture, _) = try await Self.fixture()
        let grace = try await fixture.service.authenticate("grace", role: "manager")
        let error = await refusal {
            try await fixture.service.resetPassword(
                of: "amina", to: "someone else's", by: grace, settings: Self.settings)
        }
        #expect(error?.code == .notAllowed)
    }

    @Test func aWrongPasswordAnUnknownAccountAndNoPasswordAreRefusedAlike() async throws {
        let (fixture, _) = try await Self.fixture()
        for (name, password) in [
            ("amina", "wrong password"), ("nobody", "correct horse battery"), ("grace", "anything at all"),
        ] {
            let error = await refusal {
                _ = try await fixture.service.signIn(
                    name, password: password, address: "10.0.0.2", settings: Self.settings)
            }
            #expect(error?.code == .signInFailed)
            #expect(error?.values.isEmpty == true)
        }
    }

    @Test func theLogKeepsSignInsAndFailuresButNeverAPasswordOrANameTypedForNoAccount() async throws {
        let (fixture, _) = try await Self.fixture()
        _ = await refusal {
            _ = try await fixture.service.signIn(
                "correct horse battery", password: "amina", address: "10.0.0.3", settings: Self.settings)
        }
        _ = await refusal {
            _ = try await fixture.service.signIn(
                "amina", password: "wrong secret", address: "10.0.0.3", settings: Self.settings)
        }
        let signedIn = try await fixture.service.signIn(
            "amina", password: "correct horse battery", address: "10.0.0.3", settings: Self.settings)
        try await fixture.service.signOut(signedIn.actor, reason: "signed_out")
        let rows = try Self.rows(fixture)
        let text = rows.map { "\($0)" }.joined(separator: "\n")
        #expect(!text.contains("correct horse battery"))
        #expect(!text.contains("wrong secret"))
        #expect(!text.contains("$2b$"))
        let names = rows.map { $0["name"] as String }
        #expect(
            names.suffix(5) == [
                "password_set", "sign_in_failed", "sign_in_failed", "signed_in", "signed_out",
            ])
        let unknown = rows[rows.count - 4]
        #expect((unknown["subject"] as String) == "installation")
        #expect(!(unknown["data"] as String).contains("amina"))
        #expect(try fixture.store.verify().isIntact)
    }

    @Test func failuresPastTheFreeOnesWaitLongerEachTimeAndASuccessClearsTheAccount() async throws {
        let (fixture, _) = try await Self.fixture()
        func attempt(_ password: String, from address: String = "10.0.0.4") async -> DiligenceError? {
            await refusal {
                _ = try await fixture.service.signIn(
                    "amina", password: password, address: address, settings: Self.settings)
            }
        }
        for _ in 0..<5 { #expect(await attempt("wrong password")?.code == .signInFailed) }
        // The sixth failure came right after the fifth: the account waits 1 second, then 2.
        let throttled = await attempt("correct horse battery")
        #expect(throttled?.code == .signInThrottled && throttled?.values["seconds"] == "1")
        // A different address is throttled on the account too: not a lockout of the address,
        // a brake on guessing one account.
        #expect(await attempt("correct horse battery", from: "10.9.9.9")?.code == .signInThrottled)
        fixture.advance(days: 2 / 86_400)
        #expect(await attempt("still wrong")?.code == .signInFailed)
        let longer = await attempt("correct horse battery")
        #expect(longer?.values["seconds"] == "2")
        fixture.advance(days: 3 / 86_400)
        _ = try await fixture.service.signIn(
            "amina", password: "correct horse battery", address: "10.0.0.4", settings: Self.settings)
        #expect(try fixture.store.signInFailures(SignInKey.account("amina")) == nil)
        // The address keeps its count: a success on one account does not clear a spray.
        #expect(try fixture.store.signInFailures(SignInKey.address("10.0.0.4"))?.count == 6)
    }

    @Test func theDelayDoublesAndStopsAtItsMaximum() {
        let delays = (4...12).map { SignInSettings.delay(after: $0, free: 5, maximum: 30) }
        #expect(delays == [0, 1, 2, 4, 8, 16, 30, 30, 30])
        let slower = (5...8).map { SignInSettings.delay(after: $0, free: 5, first: 600, maximum: 1200) }
        #expect(slower == [600, 1200, 1200, 1200])
    }

    @Test func aSessionEndsWhenThePasswordChangesTheAccountIsDisabledOrTheRoleRevoked() async throws {
        let (fixture, admin) = try await Self.fixture()
        try await fixture.service.resetPassword(
            of: "grace", to: "focal point pass", by: admin, settings: Self.settings)
        let signedIn = try await fixture.service.signIn(
            "grace", password: "focal point pass", address: "10.0.0.5", settings: Self.settings)
        let began = fixture.now
        fixture.advance(days: 1 / 86_400)
        _ = try await fixture.service.resume(account: "grace", role: "manager", signedInAt: began)
        try await fixture.service.changePassword(
            current: "focal point pass", new: "my own new pass", by: signedIn.actor, settings: Self.settings)
        let ended = await refusal {
            _ = try await fixture.service.resume(account: "grace", role: "manager", signedInAt: began)
        }
        #expect(ended?.code == .sessionEnded && ended?.values["reason"] == "password-changed")
        let later = fixture.now
        _ = try await fixture.service.revoke(["manager"], from: "grace", by: admin)
        let revoked = await refusal {
            _ = try await fixture.service.resume(account: "grace", role: "manager", signedInAt: later)
        }
        #expect(revoked?.values["reason"] == "role-revoked")
        _ = try await fixture.service.disable("grace", by: admin)
        let disabled = await refusal {
            _ = try await fixture.service.resume(
                account: "grace", role: "psea_focal_point", signedInAt: later)
        }
        #expect(disabled?.values["reason"] == "disabled")
    }

    @Test func aDisabledAccountWithTheRightPasswordIsToldItIsDisabled() async throws {
        let (fixture, admin) = try await Self.fixture()
        _ = try await fixture.service.disable("amina", by: admin)
        let error = await refusal {
            _ = try await fixture.service.signIn(
                "amina", password: "correct horse battery", address: "10.0.0.6", settings: Self.settings)
        }
        #expect(error?.code == .accountDisabled)
        let wrong = await refusal {
            _ = try await fixture.service.signIn(
                "amina", password: "not it at all", address: "10.0.0.6", settings: Self.settings)
        }
        #expect(wrong?.code == .signInFailed)
    }

    @Test func changingTheOwnPasswordNeedsTheCurrentOne() async throws {
        let (fixture, _) = try await Self.fixture()
        let amina = try await fixture.service.authenticate("amina", role: nil)
        let rows = try fixture.logRows()
        let error = await refusal {
            try await fixture.service.changePassword(
                current: "not the password", new: "a brand new one", by: amina, settings: Self.settings)
        }
        #expect(error?.code == .passwordMismatch && error?.field == .password)
        #expect(try fixture.logRows() == rows)
    }

    static func rows(_ fixture: AppFixture) throws -> [StoreRow] {
        try fixture.rows("SELECT subject, name, data, actor FROM event ORDER BY seq")
    }
}
