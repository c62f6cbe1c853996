import DiligenceStore

/// The store's schema on PostgreSQL: the steps of SQLite's schema (``StoreSchema``), declared once
/// and rendered in PostgreSQL's dialect, applied each once in its own transaction.
///
/// The column types are those of SQLite's storage classes (`bigint` for every integer, `text`,
/// `bytea`), so the store's SQL, written once, binds and reads the same values on both. A
/// migration's identifier is SQLite's, so both stores name a schema's version alike.
enum PostgresSchema {
    /// One step of the schema, applied once in its own transaction.
    struct Migration {
        /// The identifier, as SQLite's migrator names the same step.
        var identifier: String
        /// The statements.
        var sql: String
    }

    /// Every migration, in order.
    static let migrations: [Migration] = StoreSchema.postgresMigrations.map {
        Migration(identifier: $0.identifier, sql: $0.sql)
    }
}
