import DiligenceCore
import Foundation
import GRDB
import Testing

@testable import DiligenceStore

/// Every command that starts or changes a partner's record checks that the partner exists. It
/// read every partner's id to do so, so each record written at 100,000 partners read 100,000 ids
/// (a third of the portfolio generator's time at 31,000 partners, and growing with the
/// portfolio); a known partner is now found by its id, and the ids are read only to suggest one.
@Suite(.disabled(if: TemporaryStore.onPostgres, "SQLite's statement trace"))
struct PartnerCheckTests {
    /// The statements `body` runs on a SQLite connection to `store`'s database.
    private func statements(
        _ store: TemporaryStore, _ body: (any StoreConnection) throws -> Void
    ) throws -> [String] {
        try DatabaseQueue(path: store.path).read { database in
            var executed: [String] = []
            database.trace { event in
                if case .statement(let statement) = event { executed.append(statement.sql) }
            }
            defer { database.trace(nil) }
            try body(SQLiteConnection(database))
            return executed
        }
    }

    @Test func aKnownPartnerIsFoundByItsIdAlone() throws {
        let store = try FlagFixtures.store(FlagFixtures.definitions())
        let executed = try statements(store) { try DiligenceStore.checkPartner("P-0001", db: $0) }
        #expect(!executed.isEmpty)
        #expect(executed.allSatisfy { $0.contains("WHERE id = ?") }, "\(executed)")
    }

    @Test func anUnknownPartnerIsRefusedWithASuggestion() throws {
        let store = try FlagFixtures.store(FlagFixtures.definitions())
        for (given, suggested) in [("P-0002", "P-0001"), ("p-0001", "P-0001")] {
            #expect {
                try store.read { try DiligenceStore.checkPartner(given, db: $0) }
            } throws: { error in
                guard case .unknownSubject(given, let suggestion) = error as? StoreError else { return false }
                return suggestion == suggested
            }
        }
    }
}
