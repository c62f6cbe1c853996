import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// Who a notification reaches, on a real database: the partner's own users, the officers
/// assigned to it, the other roles by the scope of their account; skipped accounts kept with why.
@Suite struct NotificationRecipientsTests {
    @Test func aNotificationIsAddressedToTheHoldersOfItsRoleForThePartner() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts(
            simulatedClock: true,
            [
                NewAccount(name: "amina", email: "amina@example.org", roles: ["programme_officer"]),
                NewAccount(
                    name: "james", email: "james@example.org", roles: ["programme_officer"], scope: ["KE"]),
                NewAccount(
                    name: "fatima", email: "fatima@example.org", roles: ["psea_focal_point"], scope: ["KE"]),
                NewAccount(
                    name: "diego", email: "diego@example.org", roles: ["psea_focal_point"], scope: ["CO"]),
                NewAccount(name: "henrik", email: "henrik@example.org", roles: ["manager"]),
            ])
        let service = fixture.service
        let officer = Actor(user: "amina", role: "programme_officer")
        let partner = try fixture.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: officer, definitions: AppFixture.definitions,
            now: fixture.now
        ).id
        for account in [
            NewAccount(
                name: "wanjiru", email: "wanjiru@amani.example.org", roles: ["partner"], partner: partner),
            NewAccount(name: "otieno", roles: ["partner"], partner: partner),
        ] {
            _ = try await service.addAccount(account, by: admin)
        }
        _ = try fixture.store.send(
            subject: partner, event: "start_assessment", assignments: [], actor: officer,
            definitions: AppFixture.definitions, now: fixture.now)
        try await service.relayNotifications(messageDomain: "diligence.example.org")
        let messages = try fixture.store.outboxMessages()
        let toPartner = messages.filter { $0.role == "partner" }
        #expect(Set(toPartner.map(\.account)) == ["wanjiru", "otieno"])
        #expect(toPartner.first { $0.account == "wanjiru" }?.status == .pending)
        #expect(toPartner.first { $0.account == "otieno" }?.reason == OutboxSkip.noAddress.rawValue)
        #expect(toPartner.allSatisfy { $0.messageID.hasSuffix("@diligence.example.org") })
        // Relaying again writes nothing more.
        #expect(try await service.relayNotifications(messageDomain: "diligence.example.org") == 0)
    }

    @Test func assignedOfficersAndScopedRolesAreTheRecipients() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts(
            simulatedClock: true,
            [
                NewAccount(name: "amina", email: "amina@example.org", roles: ["programme_officer"]),
                NewAccount(name: "james", email: "james@example.org", roles: ["programme_officer"]),
                NewAccount(
                    name: "fatima", email: "fatima@example.org", roles: ["psea_focal_point"], scope: ["KE"]),
                NewAccount(
                    name: "diego", email: "diego@example.org", roles: ["psea_focal_point"], scope: ["CO"]),
                NewAccount(name: "henrik", roles: ["manager"]),
            ])
        let partner = try fixture.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: Actor(user: "amina", role: "programme_officer"),
            definitions: AppFixture.definitions, now: fixture.now
        ).id
        let service = fixture.service
        #expect(
            Set(try await service.accounts(holding: "programme_officer", for: partner).map(\.name)) == [
                "amina", "james",
            ])
        try fixture.store.assignOfficer(
            "amina", to: partner, actor: Actor(user: "henrik", role: "manager"),
            policy: AppFixture.definitions.confidentiality.assignment, now: fixture.now)
        #expect(
            try await service.accounts(holding: "programme_officer", for: partner).map(\.name) == ["amina"])
        #expect(
            try await service.accounts(holding: "psea_focal_point", for: partner).map(\.name) == ["fatima"])
        _ = admin
    }
}
