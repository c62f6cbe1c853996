import DiligenceApp
import DiligenceCore
import DiligenceDatabaseSupport
import DiligenceTestSupport
import Foundation
import Logging

@testable import DiligenceStore

/// The application layer over a real SQLite file in its own temporary directory (or a new
/// PostgreSQL database when the suite runs there: `$DILIGENCE_TEST_STORE=postgres`), with the
/// shipped definitions and a clock the test moves.
final class AppFixture: @unchecked Sendable {
    let directory: URL
    /// Where the store is: the SQLite file's path, or the PostgreSQL database's URL.
    let path: String
    /// A file in the fixture's directory beside which the installation's key files are kept,
    /// whichever store the suite runs on.
    let keyBase: String
    let store: DiligenceStore
    let service: DiligenceService
    /// When each fixture's clock starts: 2026-01-01T09:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_767_258_000)

    /// The shipped definitions, loaded and validated once.
    static let definitions: DefinitionSet = DefinitionDirectory.load(
        workflows: Repository.url("Workflows"), assessments: Repository.url("Assessments"))

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-app-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        keyBase = directory.appendingPathComponent("diligence.sqlite").path
        (store, path, cleanup) = try TestStore.create(sqlitePath: keyBase)
        let box = ClockBox()
        service = DiligenceService(store: store, definitions: Self.definitions, clock: { box.now })
        clockBox = box
        box.now = Self.start
    }

    private let clockBox: ClockBox
    private let cleanup: Cleanup?

    deinit {
        cleanup?.run()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The layer's current time.
    var now: Date { clockBox.now }

    /// Moves the clock on.
    func advance(days: Double) { clockBox.now = clockBox.now.addingTimeInterval(days * 86_400) }

    /// How many rows the log holds.
    func logRows() throws -> Int {
        try store.database.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM event") ?? 0 }
    }

    /// Runs plain SQL on the database behind the layer's back, as someone with direct access to it
    /// could.
    func tamper(_ sql: String) throws {
        _ = try store.database.write { db in try db.execute(sql) }
    }

    /// Rows of a query, read behind the layer's back.
    func rows(_ sql: String) throws -> [StoreRow] {
        try store.database.read { db in try db.rows(sql) }
    }

    /// A set-up database: the administrator `admin` (real or simulated clock) and the accounts given.
    static func withAccounts(
        simulatedClock: Bool = false, _ accounts: [NewAccount] = []
    ) async throws -> (AppFixture, AuthenticatedActor) {
        let fixture = try AppFixture()
        _ = try await fixture.service.initialise(
            administrator: NewAccount(name: "admin", displayName: "Administrator", roles: []),
            simulatedClock: simulatedClock)
        let admin = try await fixture.service.authenticate("admin", role: nil)
        for account in accounts { _ = try await fixture.service.addAccount(account, by: admin) }
        return (fixture, admin)
    }
}

/// The fixture's clock, shared with the layer's clock closure.
final class ClockBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = Date(timeIntervalSince1970: 0)

    var now: Date {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// Whether `error` refuses `subject` as a record that does not exist (or that the account may not
/// see: the same refusal).
func isUnknownRecord(_ error: any Error, _ subject: String) -> Bool {
    guard case .unknownSubject(let id, _)? = error as? StoreError else { return false }
    return id == subject
}

/// Runs `body` and returns the ``DiligenceError`` it throws (`nil` when it throws none or another).
func refusal(_ body: () async throws -> Void) async -> DiligenceError? {
    do {
        try await body()
        return nil
    } catch let error as DiligenceError {
        return error
    } catch {
        return nil
    }
}
