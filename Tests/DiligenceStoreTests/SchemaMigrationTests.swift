import DiligenceCore
import DiligenceDatabaseSupport
import Foundation
import GRDB
import Logging
import Testing

@testable import DiligenceStore

/// A database written before a migration opens after it with its log unchanged and verifiable.
/// (SQLite's: a PostgreSQL database starts at the combined schema of its first version.)
@Suite(.disabled(if: TemporaryStore.onPostgres, "databases of earlier versions are SQLite files"))
struct SchemaMigrationTests {
    static let beforeOfficers = "v4-agreements: clause catalogue sources"

    @Test func aDatabaseFromBeforeOfficerAssignmentsKeepsItsLogAndTakesAssignments() throws {
        // A real log, written by the current store...
        let source = try TemporaryStore()
        let definitions = AllegationStoreTests.definitions()
        let partner = try source.store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        let key = AllegationKey.generate()
        let report = try AllegationReport(
            partner: partner.id, received: "2026-01-21", type: "sexual_abuse", victims: "girls=1",
            restricted: ["narrative": "what happened"], today: LocalDate(StoreFixtures.days(30)))
        _ = try source.store.reportAllegation(
            report, actor: AllegationStoreTests.focal, key: key, definitions: definitions,
            now: StoreFixtures.days(20))
        // ...copied into a file whose schema stops before v5, as an earlier diligence left it.
        let old = try TemporaryStore.directory()
        let oldPath = old.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: oldPath)
        try StoreSchema.migrator.migrate(queue, upTo: Self.beforeOfficers)
        try OlderDatabase.copyRows(from: source.path, into: queue)
        let oldKinds = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'event'")
        }
        #expect(oldKinds?.contains("'assignment'") == false)
        let before = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY seq") }
        try queue.close()

        let store = try DiligenceStore(path: oldPath, create: false, logger: Logger(label: "test"))
        #expect(try store.verify().isIntact)
        try store.assignOfficer(
            "ana", to: partner.id, actor: StoreFixtures.manager,
            policy: definitions.confidentiality.assignment,
            now: StoreFixtures.days(31))
        #expect(try store.officers(of: partner.id).map(\.officer) == ["ana"])
        #expect(try store.verify().isIntact)
        let after = try DatabaseQueue(path: oldPath)
        let rows = try after.read { db in try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY seq") }
        #expect(Array(rows.prefix(before.count)) == before)
        #expect(rows.last?["kind"] == "assignment")
        // The log stays append-only after the table was rebuilt.
        #expect(throws: (any Error).self) {
            try after.write { db in try db.execute(sql: "DELETE FROM event WHERE seq = 1") }
        }
        #expect(throws: (any Error).self) {
            try after.write { db in try db.execute(sql: "UPDATE event SET actor = 'x' WHERE seq = 1") }
        }
        try? FileManager.default.removeItem(at: old)
    }
}

extension TemporaryStore {
    /// A new empty temporary directory.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
