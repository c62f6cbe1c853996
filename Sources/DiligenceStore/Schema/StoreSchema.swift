import GRDB

/// The store's schema, declared once as steps: SQLite applies each as a GRDB migration, once, in
/// order; PostgreSQL takes the same tables in its dialect (``postgresMigrations``).
public enum StoreSchema {
    /// Every step of the schema, in order.
    static let steps: [SchemaStep] = [
        SchemaStep(
            identifier: "v1: event log, instances, deadlines, flags",
            logKinds: ["start", "event", "deadline", "deadline_dropped"],
            tables: """
                CREATE TABLE definition (
                    hash TEXT PRIMARY KEY NOT NULL,
                    workflow TEXT NOT NULL,
                    file TEXT NOT NULL,
                    source TEXT NOT NULL,
                    first_used_at TEXT NOT NULL
                );
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
                """),
        SchemaStep(
            identifier: "v2: records and links",
            tables: """
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
                """ + versionedDefinitionTable("questionnaire_definition", name: "questionnaire")),
        SchemaStep(identifier: "v3: refresh and read events", logKinds: ["refresh", "read"]),
        SchemaStep(
            identifier: "v4-agreements: clause catalogue sources",
            tables: versionedDefinitionTable("clause_catalogue_definition", name: "catalogue")),
        // A new kind of log row, `assignment`.
        SchemaStep(
            identifier: "v5-officers: officer assignments", logKinds: ["assignment"],
            tables: """
                CREATE TABLE partner_officer (
                    partner TEXT NOT NULL REFERENCES partner(id),
                    officer TEXT NOT NULL,
                    assigned_at TEXT NOT NULL,
                    assigned_seq INTEGER NOT NULL,
                    PRIMARY KEY (partner, officer)
                );
                CREATE INDEX partner_officer_by_officer ON partner_officer(officer, partner);
                """),
        // Two new kinds of log row: `account` (an administrator's act on an account) and
        // `installation` (the database set up).
        SchemaStep(
            identifier: "v6-accounts: accounts, their roles, the installation",
            logKinds: ["account", "installation"], tables: AccountRows.schema),
        SchemaStep(
            identifier: "v7-ids: a counter per kind of record id", tables: RecordSequence.schema,
            upgrade: RecordSequence.seed),
        SchemaStep(
            identifier: "v8-web: passwords, sign-in throttling, web sessions", tables: SignInRows.schema),
        SchemaStep(
            identifier: "v9-evidence-files: the files of assessment evidence", tables: EvidenceFileRows.schema
        ),
        SchemaStep(
            identifier: "v10-web-agreements: agreement texts and durable jobs",
            tables: AgreementTextRows.schema + JobRows.schema),
        SchemaStep(
            identifier: "v11-notifications: the e-mail outbox", tables: OutboxRows.schema),
        SchemaStep(
            identifier: "v12-signing-keys: the installation's public keys, own and trusted",
            tables: SigningKeyRows.schema),
        SchemaStep(
            identifier: "v13-scale: the day each partner can next change with the date, partner list indexes",
            tables: RefreshHorizon.schema + PartnerListing.indexes + PlanItemWatch.schema),
        SchemaStep(
            identifier: "v14-states: each instance's active states beside its snapshot",
            tables: InstanceStates.schema, upgrade: InstanceStates.fill,
            postgresUpgrade: InstanceStates.postgresFill),
        SchemaStep(
            identifier: "v15-kept-flags: each partner's open flags kept beside its facts",
            tables: RefreshHorizon.flagsSchema, upgrade: RefreshHorizon.keepFlagsNextTick,
            postgresUpgrade: RefreshHorizon.flagsPostgresUpgrade),
    ]

    /// The table of the sources of a versioned definition (a questionnaire, a clause catalogue),
    /// each kept once under its hash, with `name` the column of the definition's own name.
    private static func versionedDefinitionTable(_ table: String, name: String) -> String {
        """
        CREATE TABLE \(table) (
            hash TEXT PRIMARY KEY NOT NULL,
            \(name) TEXT NOT NULL,
            version INTEGER NOT NULL,
            file TEXT NOT NULL,
            source TEXT NOT NULL,
            first_used_at TEXT NOT NULL
        );

        """
    }

    /// The steps as SQLite's migrations. A step that adds kinds of log row creates the log table
    /// (the first) or rebuilds it (SQLite cannot change a CHECK constraint), then creates its
    /// tables and carries an older database's rows over.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        var kinds: [String] = []
        for (number, step) in steps.enumerated() {
            let log: String
            if step.logKinds.isEmpty {
                log = ""
            } else if kinds.isEmpty {
                log =
                    EventLogTable.create("event", kinds: step.logKinds) + EventLogTable.index
                    + EventLogTable.appendOnly(.sqlite)
            } else {
                log = EventLogTable.sqliteRebuild(kinds: kinds + step.logKinds, version: "v\(number + 1)")
            }
            kinds += step.logKinds
            migrator.registerMigration(step.identifier) { grdb in
                let db = SQLiteConnection(grdb)
                if !log.isEmpty { try db.execute(log) }
                if !step.tables.isEmpty { try db.execute(step.tables) }
                try step.upgrade?(db)
            }
        }
        return migrator
    }
}
