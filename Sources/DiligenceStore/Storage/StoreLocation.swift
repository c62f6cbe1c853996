/// What a `--db` value (or `$DILIGENCE_DB`, or a server's `database` setting) names.
public enum StoreLocation {
    /// Whether `text` names a PostgreSQL database (a `postgres://` or `postgresql://` URL) rather
    /// than a SQLite file.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }
}
