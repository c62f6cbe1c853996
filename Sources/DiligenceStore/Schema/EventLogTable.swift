/// The log's table, `event`: its columns, the kinds of row it takes (a CHECK that grows with the
/// schema), its index and the triggers that keep it append-only, declared once; the triggers are
/// each dialect's own.
enum EventLogTable {
    /// The `CREATE TABLE` of the log under `name`, taking rows of `kinds`, in SQLite's dialect.
    static func create(_ name: String, kinds: [String]) -> String {
        """
        CREATE TABLE \(name) (
            seq INTEGER PRIMARY KEY NOT NULL,
            subject TEXT NOT NULL,
            kind TEXT NOT NULL
                CHECK (kind IN (\(allowed(kinds)))),
            name TEXT NOT NULL,
            actor TEXT NOT NULL,
            role TEXT NOT NULL,
            data TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            definition_hash TEXT NOT NULL REFERENCES definition(hash),
            outcome TEXT NOT NULL,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );

        """
    }

    /// `'start', 'event', ...`: the kinds as the CHECK lists them.
    static func allowed(_ kinds: [String]) -> String {
        kinds.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The log's index: a record's rows in order.
    static let index = "CREATE INDEX event_by_subject ON event(subject, seq);\n"

    /// The triggers that refuse to change or remove a row of the log, in `dialect`.
    static func appendOnly(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite:
            """
            CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

            """
        case .postgres:
            """
            CREATE FUNCTION event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the event log is append-only'; END; $$;
            CREATE TRIGGER event_is_append_only_update BEFORE UPDATE OR DELETE ON event
            FOR EACH ROW EXECUTE FUNCTION event_is_append_only();
            CREATE TRIGGER event_is_append_only_truncate BEFORE TRUNCATE ON event
            FOR EACH STATEMENT EXECUTE FUNCTION event_is_append_only();

            """
        }
    }

    /// SQLite cannot change a CHECK constraint: rebuilds the log table with the kinds of rows it
    /// takes, copying every row as it is (the hash chain covers the rows, not the table), with its
    /// index and its append-only triggers.
    static func sqliteRebuild(kinds: [String], version: String) -> String {
        let table = "event_\(version)"
        return create(table, kinds: kinds)
            + """
            INSERT INTO \(table) SELECT * FROM event;
            DROP TRIGGER event_is_append_only_update;
            DROP TRIGGER event_is_append_only_delete;
            DROP TABLE event;
            ALTER TABLE \(table) RENAME TO event;

            """
            + index + appendOnly(.sqlite)
    }

    /// PostgreSQL changes the CHECK in place: the log table takes rows of `kinds` from now on.
    static func postgresKinds(_ kinds: [String]) -> String {
        """
        ALTER TABLE event DROP CONSTRAINT event_kind_check;
        ALTER TABLE event ADD CONSTRAINT event_kind_check CHECK (kind IN (\(allowed(kinds))));

        """
    }
}
