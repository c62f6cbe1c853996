extension StoreSchema {
    /// The steps PostgreSQL's first migration takes at once, under one identifier: PostgreSQL came
    /// with them, so no PostgreSQL database is older than they are.
    static let postgresFirstRelease = (steps: 11, identifier: "v1-v11: the store as of the notifications")

    /// The schema as PostgreSQL's migrations, in order: the steps of its first release at once,
    /// then each later step on its own under SQLite's identifier, so both stores name a
    /// schema's version alike. Each is the steps' tables in PostgreSQL's dialect
    /// (``SQLDialect/tables(_:)``), then the log table created (the first time) or told the kinds
    /// of row the steps add (in place, where SQLite rebuilds it).
    public static var postgresMigrations: [(identifier: String, sql: String)] {
        var kinds: [String] = []
        func render(_ group: some Collection<SchemaStep>) -> String {
            var sql = group.map { SQLDialect.postgres.tables($0.tables) + $0.postgresUpgrade }
                .joined(separator: "\n")
            let added = group.flatMap(\.logKinds)
            guard !added.isEmpty else { return sql }
            if kinds.isEmpty {
                sql +=
                    "\n" + SQLDialect.postgres.tables(EventLogTable.create("event", kinds: added))
                    + EventLogTable.index + EventLogTable.appendOnly(.postgres)
            } else {
                sql += "\n" + EventLogTable.postgresKinds(kinds + added)
            }
            kinds += added
            return sql
        }
        let first = postgresFirstRelease
        return [(first.identifier, render(steps.prefix(first.steps)))]
            + steps.dropFirst(first.steps).map { ($0.identifier, render(CollectionOfOne($0))) }
    }
}
