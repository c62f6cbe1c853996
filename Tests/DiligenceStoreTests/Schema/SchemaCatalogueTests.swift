import DiligenceDatabaseSupport
import Testing

@testable import DiligenceStore

/// A new PostgreSQL database gets the tables a new SQLite database gets: the same columns in the
/// same order, of the types that hold the same values, as nullable and with the same defaults;
/// the same primary keys and the same named indexes (on the server `$DILIGENCE_TEST_POSTGRES`
/// names, when it is set).
@Suite struct SchemaCatalogueTests {
    @Test(.enabled(if: TestPostgres.server != nil)) func postgresGetsTheTablesSQLiteGets() throws {
        let (sqlite, sqliteCleanup) = try StoreDatabaseTests.database(.sqliteMemory)
        defer { sqliteCleanup.run() }
        let (postgres, postgresCleanup) = try StoreDatabaseTests.database(.postgres)
        defer { postgresCleanup.run() }
        let expected = try sqlite.read(Self.sqliteCatalogue)
        let found = try postgres.read(Self.postgresCatalogue)
        #expect(expected.count > 150)
        #expect(found.filter { !expected.contains($0) } == [])
        #expect(expected.filter { !found.contains($0) } == [])
    }

    /// PostgreSQL's name of the type that holds the values of SQLite's storage class `type`.
    static func postgresType(_ type: String) -> String {
        ["INTEGER": "bigint", "TEXT": "text", "BLOB": "bytea"][type] ?? type
    }

    /// The catalogue of a SQLite database, a line a fact, in PostgreSQL's words.
    static func sqliteCatalogue(_ db: any StoreConnection) throws -> [String] {
        let tables = try db.values(
            String.self,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence') ORDER BY name"
        )
        var lines: [String] = []
        for table in tables {
            var key: [(Int, String)] = []
            for column in try db.rows(
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('\(table)')")
            {
                let (name, type, notNull, value, part): (String, String, Int, String?, Int) = (
                    column[0], column[1], column[2], column[3], column[4]
                )
                let nullable = notNull == 0 && part == 0 ? "YES" : "NO"
                lines.append("column \(table).\(name) \(postgresType(type)) \(nullable) \(value ?? "")")
                if part > 0 { key.append((part, name)) }
            }
            lines.append("key \(table)(\(key.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ", ")))")
        }
        for index in try db.rows(
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        {
            lines.append("index \(index[0] as String).\(index[1] as String)")
        }
        return lines.sorted()
    }

    /// The catalogue of a PostgreSQL database, a line a fact.
    static func postgresCatalogue(_ db: any StoreConnection) throws -> [String] {
        var lines: [String] = []
        for column in try db.rows(
            """
            SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '')
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name <> 'diligence_migration'
            """)
        {
            let (table, name, type, nullable, value): (String, String, String, String, String) = (
                column[0], column[1], column[2], column[3], column[4]
            )
            lines.append("column \(table).\(name) \(type) \(nullable) \(value)")
        }
        for key in try db.rows(
            """
            SELECT c.table_name, string_agg(k.column_name, ', ' ORDER BY k.ordinal_position)
            FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k
                ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
            WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema()
                AND c.table_name <> 'diligence_migration'
            GROUP BY c.table_name
            """)
        {
            lines.append("key \(key[0] as String)(\(key[1] as String))")
        }
        for index in try db.rows(
            """
            SELECT tablename, indexname FROM pg_indexes AS i
            WHERE schemaname = current_schema()
                AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname)
            """)
        {
            lines.append("index \(index[0] as String).\(index[1] as String)")
        }
        return lines.sorted()
    }
}
