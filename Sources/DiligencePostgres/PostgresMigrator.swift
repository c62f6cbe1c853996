import DiligenceStore
import Foundation

/// Applies ``PostgresSchema``'s migrations, each once, recording them in `diligence_migration`.
enum PostgresMigrator {
    static func migrate(_ db: any StoreConnection, location: String) throws {
        let tables = try db.values(
            String.self,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        if !tables.isEmpty, !tables.contains("diligence_migration") {
            throw StoreError.databaseUnreadable(path: location, reason: "it holds tables of another program")
        }
        try db.execute(
            "CREATE TABLE IF NOT EXISTS diligence_migration (identifier TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)"
        )
        let applied = Set(try db.values(String.self, "SELECT identifier FROM diligence_migration"))
        let known = Set(PostgresSchema.migrations.map(\.identifier))
        guard applied.isSubset(of: known) else {
            throw StoreError.databaseUnreadable(
                path: location, reason: "it was written by a newer version of diligence")
        }
        for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
            try db.execute(migration.sql)
            try db.execute(
                "INSERT INTO diligence_migration (identifier, applied_at) VALUES (?, ?)",
                [migration.identifier, Timestamp.format(Date())])
        }
    }
}
