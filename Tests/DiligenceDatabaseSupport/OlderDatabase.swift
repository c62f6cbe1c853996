import GRDB

/// A database as an earlier diligence left it, for the tests of the migrations: made by the
/// migrator up to an earlier step, with rows a current store wrote.
public enum OlderDatabase {
    /// Copies the rows of every table an older database at `queue` has from the database at
    /// `source`, the columns it has of each, as if an earlier diligence had written them.
    public static func copyRows(from source: String, into queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [source])
            let tables = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM main.sqlite_master WHERE type = 'table'
                    AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
                    """)
            try db.inTransaction {
                for table in tables {
                    let columns = try String.fetchAll(
                        db, sql: "SELECT name FROM main.pragma_table_info(?)", arguments: [table]
                    ).joined(separator: ", ")
                    try db.execute(sql: "INSERT INTO main.\(table) SELECT \(columns) FROM source.\(table)")
                }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE source")
        }
    }
}
