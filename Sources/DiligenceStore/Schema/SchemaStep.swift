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
    /// What a database made before the step needs carried over into its new tables (a new
    /// database has nothing to carry, so only SQLite, whose databases may be older, runs it).
    var upgrade: (@Sendable (any StoreConnection) throws -> Void)?
}
