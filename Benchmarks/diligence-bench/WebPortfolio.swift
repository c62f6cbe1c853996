import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Logging

/// A generated portfolio for the web load benchmark (`scripts/bench-web`): `count` partners over
/// ten countries, an administrator (`bench.admin`), a programme officer whose scope is Kenya
/// (`amina.diallo`, a tenth of the portfolio) and a manager (`henrik.larsen`, all of it).
enum WebPortfolio {
    static let countries = ["KE", "CO", "JO", "MW", "NE", "UG", "SN", "PH", "BD", "HT"]

    static func create(path: String, count: Int, definitions: DefinitionSet) async throws -> TimeInterval {
        let started = Date()
        let store = try DiligenceStore(path: path, create: true, logger: Logger(label: "bench"))
        let service = DiligenceService(store: store, definitions: definitions)
        _ = try await service.initialise(
            administrator: NewAccount(name: "bench.admin", displayName: "Benchmark Administrator", roles: []),
            simulatedClock: false)
        let admin = try await service.authenticate("bench.admin", role: nil)
        _ = try await service.addAccount(
            NewAccount(
                name: "amina.diallo", displayName: "Amina Diallo", roles: ["programme_officer"], scope: ["KE"]
            ),
            by: admin)
        _ = try await service.addAccount(
            NewAccount(name: "henrik.larsen", displayName: "Henrik Larsen", roles: ["manager"]), by: admin)
        let officer = Actor(user: "amina.diallo", role: "programme_officer")
        let types = PartnerType.allCases
        for index in 0..<count {
            _ = try store.registerPartner(
                name: "Generated Partner \(index + 1)", country: countries[index % countries.count],
                type: types[index % types.count], actor: officer, definitions: definitions, now: Date())
        }
        return Date().timeIntervalSince(started)
    }
}
