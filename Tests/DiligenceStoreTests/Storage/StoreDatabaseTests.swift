import DiligenceCore
import DiligenceDatabaseSupport
import DiligencePostgres
import Foundation
import GRDB
import Logging
import Testing

@testable import DiligenceStore

/// The storage protocol as the store relies on it, on each database it runs on: SQLite's (a file
/// with its pool of WAL readers, and SQLite's own in-memory database) and PostgreSQL's (a new
/// database on the server `$DILIGENCE_TEST_POSTGRES` names, when it is set).
@Suite struct StoreDatabaseTests {
    /// The databases the store runs on.
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case sqliteFile, sqliteMemory, postgres
        var testDescription: String { rawValue }

        /// The kinds this machine can run: PostgreSQL when a test server is named.
        static let available = allCases.filter { $0 != .postgres || TestPostgres.server != nil }
    }

    /// A prepared database of `kind`, and what removes it when the test is done.
    static func database(_ kind: Kind) throws -> (any StoreDatabase, Cleanup) {
        switch kind {
        case .sqliteFile:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "diligence-storage-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let database = try SQLiteDatabase.open(
                path: directory.appendingPathComponent("store.sqlite").path, create: true)
            try database.prepare()
            return (database, Cleanup { try? FileManager.default.removeItem(at: directory) })
        case .sqliteMemory:
            let database = SQLiteDatabase(writer: try DatabaseQueue(), location: ":memory:")
            try database.prepare()
            return (database, Cleanup {})
        case .postgres:
            let (database, cleanup) = try TestPostgres.newDatabase()
            try database.prepare()
            return (database, cleanup)
        }
    }

    /// The tables of the database `db` is connected to.
    static func tables(_ db: any StoreConnection) throws -> [String] {
        switch db.dialect {
        case .sqlite:
            try db.values(String.self, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        case .postgres:
            try db.values(
                String.self,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
            )
        }
    }

    struct Refused: Error {}

    @Test(arguments: Kind.available) func aWriteThatFailsWritesNothing(_ kind: Kind) throws {
        let (database, cleanup) = try Self.database(kind)
        defer { cleanup.run() }
        // Whatever the body throws rolls the transaction back (and reaches the caller as a store error).
        #expect(throws: StoreError.self) {
            try database.write { db in
                try db.execute("INSERT INTO web_setting (key, value) VALUES (?, ?)", ["colour", "blue"])
                #expect(
                    try db.value(String.self, "SELECT value FROM web_setting WHERE key = ?", ["colour"])
                        == "blue")
                throw Refused()
            }
        }
        let kept = try database.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM web_setting") }
        #expect(kept == 0)
    }

    @Test(arguments: Kind.available) func aDatabaseErrorBecomesAStoreError(_ kind: Kind) throws {
        let (database, cleanup) = try Self.database(kind)
        defer { cleanup.run() }
        #expect(throws: StoreError.self) {
            try database.write { db in try db.execute("INSERT INTO no_such_table VALUES (1)") }
        }
    }

    @Test(arguments: Kind.available) func preparingAgainChangesNothing(_ kind: Kind) throws {
        let (database, cleanup) = try Self.database(kind)
        defer { cleanup.run() }
        let tables = { () throws(StoreError) -> [String] in
            try database.read { db in try Self.tables(db) }
        }
        let before = try tables()
        try database.prepare()
        #expect(try tables() == before)
        #expect(before.contains("event"))
    }

    /// The store written once above the protocol: records, their chain and its replay, on each
    /// database.
    @Test(arguments: Kind.available) func theStoreKeepsAnIntactLogOnEachDatabase(_ kind: Kind) throws {
        let (database, cleanup) = try Self.database(kind)
        defer { cleanup.run() }
        let store = try DiligenceStore(database: database, logger: Logger(label: "test"))
        let definitions = AssessmentFixtures.definitions()
        var ids: [String] = []
        for (index, name) in ["Amani", "Baraka", "Chama"].enumerated() {
            ids.append(
                try store.registerPartner(
                    name: name, country: "KE", type: .ngo, actor: StoreFixtures.officer,
                    definitions: definitions, now: StoreFixtures.days(Double(index))
                ).id)
        }
        #expect(ids == ["P-0001", "P-0002", "P-0003"])
        let report = try store.verify()
        #expect(report.problems.isEmpty)
        #expect(report.recordsChecked == 3)
    }

    /// Two stores on one file, each on its own thread, creating records at the same time: every
    /// id is distinct and the chain stays one line.
    /// Fifteen partners registered through each of `stores`, each store on its own thread at
    /// the same time: the ids they were given and the errors they met.
    static func registerAtOnce(on stores: [DiligenceStore]) -> (
        ids: LockedBox<[String]>, failures: LockedBox<[String]>
    ) {
        let definitions = AssessmentFixtures.definitions()
        let ids = LockedBox<[String]>([])
        let failures = LockedBox<[String]>([])
        let group = DispatchGroup()
        for (offset, store) in stores.enumerated() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for index in 0..<15 {
                    do {
                        let partner = try store.registerPartner(
                            name: "Partner \(offset)-\(index)", country: "KE", type: .ngo,
                            actor: StoreFixtures.officer, definitions: definitions, now: StoreFixtures.start)
                        ids.modify { $0.append(partner.id) }
                    } catch {
                        failures.modify { $0.append("\(error)") }
                    }
                }
            }
        }
        if group.wait(timeout: .now() + 120) != .success {
            failures.value.append("the stores did not finish in 120 s")
        }
        return (ids, failures)
    }

    @Test func twoStoresOnOneFileTakeDistinctIds() throws {
        let temporary = try TemporaryStore()
        let second = try temporary.reopened()
        let (ids, failures) = Self.registerAtOnce(on: [temporary.store, second])
        #expect(failures.value.isEmpty)
        #expect(Set(ids.value).count == 30)
        #expect(Set(ids.value) == Set((1...30).map { String(format: "P-%04d", $0) }))
        #expect(try temporary.store.verify().problems.isEmpty)
    }

    /// Two stores on one PostgreSQL database, as two servers would be, each creating records on
    /// its own thread: every id is distinct and the chain stays one line.
    @Test(.enabled(if: TestPostgres.server != nil)) func twoStoresOnOnePostgresDatabaseTakeDistinctIds()
        throws
    {
        let (first, cleanup) = try TestPostgres.newDatabase()
        defer { cleanup.run() }
        let location = try #require(
            TestPostgres.server.map { server in
                var location = server
                location.database = first.location.split(separator: "/").last.map(String.init) ?? ""
                return location
            })
        let stores = [
            try DiligenceStore(database: first, logger: Logger(label: "first")),
            try DiligenceStore(
                database: PostgresStoreDatabase(location, logger: Logger(label: "second")),
                logger: Logger(label: "second")),
        ]
        let (ids, failures) = Self.registerAtOnce(on: stores)
        #expect(failures.value.isEmpty)
        #expect(Set(ids.value) == Set((1...30).map { String(format: "P-%04d", $0) }))
        #expect(try stores[1].verify().problems.isEmpty)
    }

    /// The pieces of SQL that differ between dialects give what the store reads from them.
    @Test(arguments: Kind.available) func theDialectsPiecesReadJSONAndLists(_ kind: Kind) throws {
        let (database, cleanup) = try Self.database(kind)
        defer { cleanup.run() }
        try database.write { db in
            let dialect = db.dialect
            try db.execute("CREATE TEMP TABLE snapshot (id INTEGER, text TEXT)")
            try db.execute(
                "INSERT INTO snapshot VALUES (1, ?), (2, ?)",
                [
                    #"{"states":["open","red"],"context":{"rule":"R1"}}"#,
                    #"{"states":["closed"],"context":{}}"#,
                ])
            let rules = try db.rows(
                "SELECT id, \(dialect.jsonText("text", at: ["context", "rule"])) AS rule FROM snapshot ORDER BY id"
            )
            #expect(rules.map { $0["rule"] as String? } == ["R1", nil])
            let states = try db.values(
                String.self,
                """
                SELECT state.value FROM snapshot
                JOIN \(dialect.jsonArrayElements("snapshot.text", key: "states", as: "state")) ON 1 = 1
                ORDER BY snapshot.id, state.value
                """)
            #expect(states == ["open", "red", "closed"])
            let list = try db.value(
                String.self,
                "SELECT \(dialect.distinctList("value")) FROM (SELECT 'a' AS value UNION ALL SELECT 'a') AS items"
            )
            #expect(list == "a")
        }
    }
}

extension StoreDatabaseTests {
    @Test(arguments: Kind.available) func oneHolderOfTheDeliveryLockAtATime(_ kind: Kind) throws {
        let (database, cleanup) = try Self.database(kind)
        defer { cleanup.run() }
        do {
            let held = try database.tryLock(.delivery)
            #expect(held != nil)
            // A second taker (another connection on PostgreSQL's server, another open file under
            // the kernel's lock on SQLite) is refused at once, without waiting.
            let second = try database.tryLock(.delivery)
            #expect(second == nil)
            withExtendedLifetime(held) {}
        }
        // Released with the value: the next taker has it.
        #expect(try database.tryLock(.delivery) != nil)
    }
}
