import DiligenceApp
import DiligenceCore
import Foundation

/// The demo's accounts: its administrator, the UN staff who act in it, and one account of each
/// partner's own staff, created through the application layer as an administrator would.
extension DemoScript {
    /// The demo database's administrator.
    static let administrator = NewAccount(
        name: "diligence.admin", displayName: "Diligence Administrator", email: "diligence.admin@example.org",
        roles: [])

    /// The UN staff of the demo, with the roles they act in (and the countries of their scope).
    static let staff: [NewAccount] = [
        (officer, "Amina Diallo", ["KE", "CO", "JO", "MW"]), (otherOfficer, "James Mwangi", ["NE"]),
        (procurement, "Lucas Moreno", []), (focalPoint, "Grace Otieno", []), (manager, "Henrik Larsen", []),
        (headquarters, "Sofia Bianchi", []),
    ].map { (actor: Actor, displayName: String, scope: [String]) in
        NewAccount(
            name: actor.user, displayName: displayName, email: "\(actor.user)@example.org",
            roles: [actor.role],
            scope: scope)
    }

    /// The partners' own staff, in the order the demo registers the partners.
    static let partnerStaff: [(name: String, displayName: String)] = [
        ("wanjiru.kamau", "Wanjiru Kamau"), ("lucia.herrera", "Lucía Herrera"),
        ("omar.haddad", "Omar Haddad"),
        ("chikondi.banda", "Chikondi Banda"), ("moussa.issa", "Moussa Issa"),
    ]

    /// The account of `partner`'s own staff (the demo registers P-0001 to P-0005).
    static func partnerUser(_ partner: String) -> Actor {
        let index = (Int(partner.dropFirst(2)) ?? 1) - 1
        let staff = partnerStaff[min(max(index, 0), partnerStaff.count - 1)]
        return Actor(user: staff.name, role: "partner")
    }

    /// Creates the administrator and the UN staff's accounts on a new demo database.
    static func createStaffAccounts(_ service: DiligenceService) async throws {
        let administrator = try await service.initialise(
            administrator: Self.administrator, simulatedClock: true)
        let acting = try await service.authenticate(administrator.name, role: nil)
        for account in staff { _ = try await service.addAccount(account, by: acting) }
        print(
            "Accounts: \(administrator.name) (administrator) and \(staff.map(\.name).joined(separator: ", "))"
        )
    }

    /// Creates an account for the staff of each registered partner.
    static func createPartnerAccounts(_ partners: [String], service: DiligenceService) async throws {
        let acting = try await service.authenticate(administrator.name, role: nil)
        for partner in partners {
            let user = partnerUser(partner)
            let name = partnerStaff.first { $0.name == user.user }?.displayName
            _ = try await service.addAccount(
                NewAccount(name: user.user, displayName: name, roles: ["partner"], partner: partner),
                by: acting)
        }
        print(
            "  partners' own accounts: \(partners.map { "\(partnerUser($0).user) (\($0))" }.joined(separator: ", "))"
        )
    }
}
