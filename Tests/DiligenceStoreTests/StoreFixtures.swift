import DiligenceCore
import DiligenceDatabaseSupport
import Foundation
import GRDB
import Logging

@testable import DiligenceStore

/// Shared set-up for store tests: a partner lifecycle whose facts are set by hand
/// (`Tests/Fixtures/manual-lifecycle.yaml`, the generic engine and store behaviour does not depend on
/// the record kinds), a store in a temporary directory.
enum StoreFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let lifecycleText: String = {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/manual-lifecycle.yaml")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The fixture lifecycle, loaded as the CLI loads definitions.
    static func definitions(lifecycle text: String = lifecycleText) -> DefinitionSet {
        DefinitionSet(files: [.init(path: "Workflows/partner-lifecycle.yaml", text: text, folder: .workflows)]
        )
    }

    /// A definition file of the repository, as the CLI reads it; empty when it cannot be read.
    static func repositoryFile(_ path: String, _ folder: DefinitionSet.Folder) -> DefinitionSet.File {
        let url = repositoryRoot.appendingPathComponent(path)
        return .init(path: path, text: (try? String(contentsOf: url, encoding: .utf8)) ?? "", folder: folder)
    }

    static let officer = Actor(user: "ana", role: "programme_officer")
    static let procurement = Actor(user: "pat", role: "procurement")
    static let manager = Actor(user: "max", role: "manager")
    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    static func days(_ count: Double) -> Date { start.addingTimeInterval(count * 86_400) }
}

/// A store on a real SQLite file in its own temporary directory, removed when done; on a new
/// PostgreSQL database instead when `$DILIGENCE_TEST_STORE` is `postgres` (and
/// `$DILIGENCE_TEST_POSTGRES` names the server), so the store's suite runs on both stores.
final class TemporaryStore: @unchecked Sendable {
    let directory: URL
    let path: String
    let store: DiligenceStore
    private let cleanup: Cleanup?

    /// Whether the suite runs on PostgreSQL.
    static let onPostgres = TestStore.onPostgres

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        (store, path, cleanup) = try TestStore.create(
            sqlitePath: directory.appendingPathComponent("test.sqlite").path)
    }

    deinit {
        cleanup?.run()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs raw SQL on the database, as someone with direct access to it could.
    func tamper(_ sql: String) throws {
        _ = try store.database.write { db in try db.execute(sql) }
    }

    /// Drops the triggers that keep the log append-only, as someone with direct access to the
    /// database could before editing it.
    func allowEditingTheLog() throws {
        if Self.onPostgres {
            try tamper("DROP TRIGGER event_is_append_only_update ON event")
        } else {
            try tamper("DROP TRIGGER event_is_append_only_update; DROP TRIGGER event_is_append_only_delete")
        }
    }

    /// Another store on the same database, as a second process would open it.
    func reopened(label: String = "second") throws -> DiligenceStore {
        try TestStore.open(path, label: label)
    }

    /// Runs `body` on a snapshot of the database, behind the store's back.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try store.database.read(body)
    }

    /// Whether another connection could take the write lock at once, without waiting.
    func writeLockIsFree() throws -> Bool {
        if Self.onPostgres { return try TestStore.postgresWriteLockIsFree(path) }
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let probe = try DatabaseQueue(path: path, configuration: configuration)
        do {
            try probe.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return false
        }
    }

    /// Counts rows of a table.
    func count(_ table: String) throws -> Int {
        try store.database.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
