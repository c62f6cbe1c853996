/// One step of the store's schema, declared once for both stores: SQLite's migrator applies each
/// step as a migration of its own; PostgreSQL renders the steps in its dialect (see
/// ``StoreSchema/postgresMigrations``).
struct SchemaStep: Sendable {
    /// The migration's identifier, recorded by the database that applied it.
    var identifier: String
    /// The kinds of log row the step adds to those the `event` table takes.
    var logKinds: [String] = []
    /// The tables and indexes the step creates, in SQLite's dialect (PostgreSQL's is translated
    /// from it by ``SQLDialect/tables(_:)``).
    var tables: String = ""
    /// What an SQLite database made before the step needs carried over into its new tables (a
    /// new database has nothing to carry).
    var upgrade: (@Sendable (any StoreConnection) throws -> Void)?
    /// What a PostgreSQL database made before the step needs carried over, as SQL in its
    /// dialect (for the steps after PostgreSQL's first release, which such a database may lack).
    var postgresUpgrade: String = ""
}
