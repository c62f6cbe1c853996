import DiligenceApp
import DiligenceCore
import Foundation

/// The accounts of a generated portfolio: an administrator, a programme officer for each country
/// (their scope), a PSEA focal point, procurement, a manager, a headquarters reviewer and the own
/// staff of the first partners, each with the same password, printed when the portfolio is made.
enum PortfolioAccounts {
    /// The password every generated account signs in with (each may change it).
    static let password = "portfolio pass 1"

    static let administrator = NewAccount(
        name: "portfolio.admin", displayName: "Portfolio Administrator", email: "portfolio.admin@example.org",
        roles: [])
    static let focalPoint = Actor(user: "grace.otieno", role: "psea_focal_point")
    static let procurement = Actor(user: "lucas.moreno", role: "procurement")
    static let manager = Actor(user: "henrik.larsen", role: "manager")
    static let headquarters = Actor(user: "sofia.bianchi", role: "hq_reviewer")

    /// The programme officer whose scope is `country` (one of ``PortfolioMix/countries``).
    static func officer(_ country: String) -> Actor {
        let index = PortfolioMix.countries.firstIndex(of: country) ?? 0
        return Actor(user: officerNames[index].name, role: "programme_officer")
    }

    /// The account of a partner's own staff (made for the first ``partnerAccounts`` partners).
    static func partnerUser(_ partnerIndex: Int) -> Actor {
        Actor(user: "partner.\(partnerIndex + 1)", role: "partner")
    }

    /// How many partners get an account of their own staff.
    static let partnerAccounts = 3

    private static let officerNames: [(name: String, displayName: String)] = [
        ("amina.diallo", "Amina Diallo"), ("camila.rojas", "Camila Rojas"), ("layla.haddad", "Layla Haddad"),
        ("chikondi.banda", "Chikondi Banda"), ("moussa.issa", "Moussa Issa"),
        ("grace.namuli", "Grace Namuli"),
        ("awa.ndiaye", "Awa Ndiaye"), ("maria.santos", "Maria Santos"), ("rahim.hossain", "Rahim Hossain"),
        ("jean.baptiste", "Jean Baptiste"),
    ]

    /// The UN staff's accounts.
    static var staff: [NewAccount] {
        var accounts = zip(officerNames, PortfolioMix.countries).map { officer, country in
            NewAccount(
                name: officer.name, displayName: officer.displayName, email: "\(officer.name)@example.org",
                roles: ["programme_officer"], scope: [country])
        }
        for (actor, displayName) in [
            (focalPoint, "Grace Otieno"), (procurement, "Lucas Moreno"), (manager, "Henrik Larsen"),
            (headquarters, "Sofia Bianchi"),
        ] {
            accounts.append(
                NewAccount(
                    name: actor.user, displayName: displayName, email: "\(actor.user)@example.org",
                    roles: [actor.role]))
        }
        return accounts
    }

    /// Creates the administrator and the staff's accounts, each with ``password``, at the
    /// service's clock; returns every account made with its roles and scope, for printing.
    static func create(_ service: DiligenceService) async throws -> [AccountView] {
        let administrator = try await service.initialise(
            administrator: Self.administrator, simulatedClock: false)
        let acting = try await service.authenticate(administrator.name, role: nil)
        var made: [AccountView] = [administrator]
        for account in staff { made.append(try await service.addAccount(account, by: acting)) }
        for account in made {
            try await service.resetPassword(
                of: account.name, to: password, by: acting, settings: SignInSettings(), mustChange: false)
        }
        return made
    }

    /// Creates the accounts of the first partners' own staff (once those partners exist).
    static func createPartnerAccounts(_ service: DiligenceService, partners: Int) async throws
        -> [AccountView]
    {
        let acting = try await service.authenticate(administrator.name, role: nil)
        var made: [AccountView] = []
        for index in 0..<min(partners, partnerAccounts) {
            let user = partnerUser(index)
            made.append(
                try await service.addAccount(
                    NewAccount(
                        name: user.user, displayName: "Partner \(index + 1) staff", roles: ["partner"],
                        partner: PortfolioMix.partnerID(index)),
                    by: acting))
            try await service.resetPassword(
                of: user.user, to: password, by: acting, settings: SignInSettings(), mustChange: false)
        }
        return made
    }
}
