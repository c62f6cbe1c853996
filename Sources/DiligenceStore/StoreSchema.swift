import GRDB

/// The database schema, as GRDB migrations. Each migration is applied once, in order.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: event log, instances, deadlines, flags") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(
                """
                CREATE TABLE definition (
                    hash TEXT PRIMARY KEY NOT NULL,
                    workflow TEXT NOT NULL,
                    file TEXT NOT NULL,
                    source TEXT NOT NULL,
                    first_used_at TEXT NOT NULL
                );
                CREATE TABLE event (
                    seq INTEGER PRIMARY KEY NOT NULL,
                    subject TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('start', 'event', 'deadline', 'deadline_dropped')),
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
                CREATE INDEX event_by_subject ON event(subject, seq);
                CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
                BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
                BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                CREATE TABLE partner (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    country TEXT NOT NULL,
                    type TEXT NOT NULL,
                    registered_at TEXT NOT NULL
                );
                CREATE TABLE instance (
                    subject TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    workflow TEXT NOT NULL,
                    definition_hash TEXT NOT NULL REFERENCES definition(hash),
                    snapshot TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    complete INTEGER NOT NULL,
                    last_seq INTEGER NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE deadline (
                    id INTEGER PRIMARY KEY NOT NULL,
                    subject TEXT NOT NULL,
                    name TEXT NOT NULL,
                    event TEXT NOT NULL,
                    due_at TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'fired', 'cancelled', 'dropped')),
                    scheduled_seq INTEGER NOT NULL,
                    closed_seq INTEGER
                );
                CREATE INDEX deadline_due ON deadline(status, due_at, id);
                CREATE UNIQUE INDEX deadline_one_pending ON deadline(subject, name) WHERE status = 'pending';
                CREATE TABLE flag (
                    id INTEGER PRIMARY KEY NOT NULL,
                    subject TEXT NOT NULL,
                    category TEXT NOT NULL,
                    level TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    raised_at TEXT NOT NULL,
                    raised_seq INTEGER NOT NULL,
                    cleared_at TEXT,
                    cleared_seq INTEGER
                );
                CREATE INDEX flag_by_subject ON flag(subject, cleared_seq);
                CREATE TABLE notification (
                    id INTEGER PRIMARY KEY NOT NULL,
                    subject TEXT NOT NULL,
                    role TEXT NOT NULL,
                    message TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    seq INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: records and links") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(
                """
                CREATE TABLE record (
                    subject TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    pinned TEXT NOT NULL
                );
                CREATE TABLE link (
                    subject TEXT NOT NULL,
                    role TEXT NOT NULL,
                    target TEXT NOT NULL,
                    PRIMARY KEY (subject, role, target)
                );
                CREATE INDEX link_by_target ON link(target, role);
                CREATE TABLE questionnaire_definition (
                    hash TEXT PRIMARY KEY NOT NULL,
                    questionnaire TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    file TEXT NOT NULL,
                    source TEXT NOT NULL,
                    first_used_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v3: refresh and read events") { grdb in
            let db = SQLiteConnection(grdb)
            try rebuildEventTable(
                db, kinds: ["start", "event", "deadline", "deadline_dropped", "refresh", "read"],
                version: "v3")
        }
        migrator.registerMigration("v4-agreements: clause catalogue sources") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(
                """
                CREATE TABLE clause_catalogue_definition (
                    hash TEXT PRIMARY KEY NOT NULL,
                    catalogue TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    file TEXT NOT NULL,
                    source TEXT NOT NULL,
                    first_used_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v5-officers: officer assignments") { grdb in
            let db = SQLiteConnection(grdb)
            // A new kind of log row, `assignment`.
            try rebuildEventTable(
                db,
                kinds: ["start", "event", "deadline", "deadline_dropped", "refresh", "read", "assignment"],
                version: "v5")
            try db.execute(
                """
                CREATE TABLE partner_officer (
                    partner TEXT NOT NULL REFERENCES partner(id),
                    officer TEXT NOT NULL,
                    assigned_at TEXT NOT NULL,
                    assigned_seq INTEGER NOT NULL,
                    PRIMARY KEY (partner, officer)
                );
                CREATE INDEX partner_officer_by_officer ON partner_officer(officer, partner);
                """)
        }
        migrator.registerMigration("v6-accounts: accounts, their roles, the installation") { grdb in
            let db = SQLiteConnection(grdb)
            // Two new kinds of log row: `account` (an administrator's act on an account) and
            // `installation` (the database set up).
            try rebuildEventTable(
                db,
                kinds: [
                    "start", "event", "deadline", "deadline_dropped", "refresh", "read", "assignment",
                    "account",
                    "installation",
                ],
                version: "v6")
            try db.execute(AccountRows.schema)
        }
        migrator.registerMigration("v7-ids: a counter per kind of record id") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(RecordSequence.schema)
            try RecordSequence.seed(db)
        }
        migrator.registerMigration("v8-web: passwords, sign-in throttling, web sessions") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(SignInRows.schema)
        }
        migrator.registerMigration("v9-evidence-files: the files of assessment evidence") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(EvidenceFileRows.schema)
        }
        migrator.registerMigration("v10-web-agreements: agreement texts and durable jobs") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(AgreementTextRows.schema + JobRows.schema)
        }
        migrator.registerMigration("v11-notifications: the e-mail outbox") { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(OutboxRows.schema)
        }
        migrator.registerMigration("v12-signing-keys: the installation's public keys, own and trusted") {
            grdb in
            let db = SQLiteConnection(grdb)
            try db.execute(SigningKeyRows.schema)
        }
        return migrator
    }

    /// SQLite cannot change a CHECK constraint: rebuilds the log table with the kinds of rows it
    /// takes, copying every row as it is (the hash chain covers the rows, not the table), with its
    /// index and its append-only triggers.
    private static func rebuildEventTable(_ db: any StoreConnection, kinds: [String], version: String) throws
    {
        let table = "event_\(version)"
        let allowed = kinds.map { "'\($0)'" }.joined(separator: ", ")
        try db.execute(
            """
            CREATE TABLE \(table) (
                seq INTEGER PRIMARY KEY NOT NULL,
                subject TEXT NOT NULL,
                kind TEXT NOT NULL
                    CHECK (kind IN (\(allowed))),
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
            INSERT INTO \(table) SELECT * FROM event;
            DROP TRIGGER event_is_append_only_update;
            DROP TRIGGER event_is_append_only_delete;
            DROP TABLE event;
            ALTER TABLE \(table) RENAME TO event;
            CREATE INDEX event_by_subject ON event(subject, seq);
            CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            """)
    }
}
