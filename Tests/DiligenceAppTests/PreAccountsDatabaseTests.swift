import DiligenceApp
import DiligenceCore
import DiligenceDatabaseSupport
import Foundation
import GRDB
import Logging
import Testing

@testable import DiligenceStore

/// A database written before accounts existed opens, verifies, and lists the actors of its log for
/// the administrator to claim.
@Suite struct PreAccountsDatabaseTests {
    static let beforeAccounts = "v5-officers: officer assignments"

    static func copy(_ source: String, intoSchemaBeforeAccountsAt path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: Self.beforeAccounts)
        try OlderDatabase.copyRows(from: source, into: queue)
        #expect(try queue.read { db in try db.tableExists("account") } == false)
        try queue.close()
    }

    /// A database from before accounts is a SQLite file: diligence had no other store then.
    @Test(.disabled(if: TestStore.onPostgres, "databases from before accounts are SQLite files"))
    func itOpensVerifiesAndListsItsUnclaimedActors() async throws {
        // A log written by the store...
        let source = try AppFixture()
        let officer = Actor(user: "amina", role: "programme_officer")
        let partner = try source.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: officer, definitions: AppFixture.definitions,
            now: source.now)
        _ = try source.store.send(
            subject: partner.id, event: "start_assessment", assignments: [], actor: officer,
            definitions: AppFixture.definitions, now: source.now)
        try source.store.assignOfficer(
            "femi", to: partner.id, actor: Actor(user: "henrik", role: "manager"),
            policy: AppFixture.definitions.confidentiality.assignment, now: source.now)
        // ...copied into a file whose schema stops before accounts, as an earlier diligence left it.
        let old = source.directory.appendingPathComponent("old.sqlite").path
        try Self.copy(source.path, intoSchemaBeforeAccountsAt: old)

        let store = try DiligenceStore(path: old, create: false, logger: Logger(label: "test"))
        #expect(try store.verify().isIntact)
        let service = DiligenceService(
            store: store, definitions: AppFixture.definitions, clock: { source.now })
        let refused = await refusal { _ = try await service.authenticate("amina", role: nil) }
        #expect(refused?.code == .noAccounts)
        _ = try await service.initialise(
            administrator: NewAccount(name: "grace", roles: []), simulatedClock: false)
        let admin = try await service.authenticate("grace", role: nil)
        let unclaimed = try await service.unclaimedActors(by: admin)
        #expect(unclaimed.map(\.name) == ["amina", "henrik"])
        #expect(unclaimed.first?.roles == ["programme_officer"] && unclaimed.first?.events == 2)
        // Claiming an actor gives it an account; its earlier rows are its history.
        _ = try await service.addAccount(NewAccount(name: "amina", roles: ["programme_officer"]), by: admin)
        #expect(try await service.unclaimedActors(by: admin).map(\.name) == ["henrik"])
        // Its id counters start after the records it holds.
        let next = try store.registerPartner(
            name: "Rio Verde", country: "CO", type: .ngo, actor: officer, definitions: AppFixture.definitions,
            now: source.now)
        #expect(next.id == "P-0002")
        #expect(try store.verify().isIntact)
    }
}
