import DiligenceStore

/// What a PostgreSQL database says of its own tables (`information_schema`), for copying a store
/// into it.
enum PostgresCatalogue {
    /// The store's tables (not the migrations' own), each after the tables its foreign keys name,
    /// by name otherwise.
    static func tablesInDependencyOrder(_ db: any StoreConnection) throws -> [String] {
        let tables = try db.values(
            String.self,
            """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                AND table_name != 'diligence_migration'
            ORDER BY table_name
            """)
        var references: [String: Set<String>] = [:]
        for row in try db.rows(
            """
            SELECT DISTINCT constraints.table_name AS referring, used.table_name AS referred
            FROM information_schema.table_constraints AS constraints
            JOIN information_schema.constraint_column_usage AS used
                ON used.constraint_name = constraints.constraint_name
                AND used.constraint_schema = constraints.constraint_schema
            WHERE constraints.constraint_type = 'FOREIGN KEY'
                AND constraints.table_schema = current_schema()
            """)
        {
            let referring: String = row["referring"]
            let referred: String = row["referred"]
            if referring != referred { references[referring, default: []].insert(referred) }
        }
        var ordered: [String] = []
        var placed = Set<String>()
        func place(_ table: String, visiting: Set<String>) {
            guard !placed.contains(table), !visiting.contains(table) else { return }
            for referred in (references[table] ?? []).sorted() where tables.contains(referred) {
                place(referred, visiting: visiting.union([table]))
            }
            placed.insert(table)
            ordered.append(table)
        }
        for table in tables { place(table, visiting: []) }
        return ordered
    }

    /// The columns of `table`, in their order.
    static func columns(of table: String, _ db: any StoreConnection) throws -> [String] {
        try db.values(
            String.self,
            """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ?
            ORDER BY ordinal_position
            """, [table])
    }

    /// Moves the identity columns of `table` past the values copied into them, so the next row
    /// the store adds takes the next number.
    static func restartIdentities(of table: String, _ db: any StoreConnection) throws {
        let identities = try db.values(
            String.self,
            """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'
            """, [table])
        for column in identities {
            try db.execute(
                """
                SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(\(column)) FROM \(table)), 0) + 1, false)
                """, [table, column])
        }
    }
}
