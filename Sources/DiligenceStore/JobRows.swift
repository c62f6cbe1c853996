public import Foundation

/// The `job` table: long work (an import that needs OCR, a verify of the whole log) asked for by
/// an account and run one at a time beside the requests. A job is durable: it is a row from the
/// moment it is asked for, and a job left running when the server stopped is found again when it
/// starts (``recoverJobs(now:)``).
enum JobRows {
    static let schema = """
        CREATE TABLE job (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            account TEXT NOT NULL,
            role TEXT NOT NULL,
            parameters TEXT NOT NULL,
            input BLOB,
            status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            result TEXT,
            failure TEXT,
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT
        );
        CREATE INDEX job_waiting ON job (status, id);
        """
}

/// Where a job is.
public enum JobStatus: String, Sendable, Hashable {
    /// Waiting for its turn.
    case queued
    /// Being run now.
    case running
    /// Finished; its result is kept.
    case done
    /// It could not finish; its failure says why.
    case failed
}

/// A job as kept.
public struct JobRow: Sendable, Hashable {
    /// Its number.
    public var id: Int
    /// What it does (`agreement-import`, `audit-verify`).
    public var kind: String
    /// The account that asked for it, and the role it acted in.
    public var account: String
    public var role: String
    /// What it needs, by name (a partner, a file name).
    public var parameters: [String: String]
    /// The bytes it works on (an uploaded file), when it has any.
    public var input: Data?
    public var status: JobStatus
    /// How many times it was started.
    public var attempts: Int
    /// What it produced, by name (the agreement it recorded, the figures of a verify).
    public var result: [String: String]
    /// Why it failed.
    public var failure: String?
    public var createdAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
}

extension DiligenceStore {
    /// Jobs started at most this many times: one left running by a stopped server is run again
    /// once, then marked failed.
    public static let jobAttempts = 2

    /// Keeps a new job, queued; returns its number.
    public func addJob(
        kind: String, account: String, role: String, parameters: [String: String], input: Data?, now: Date
    ) throws(StoreError) -> Int {
        try transaction { db in
            guard
                let id = try db.value(
                    Int.self,
                    """
                    INSERT INTO job (kind, account, role, parameters, input, status, created_at)
                    VALUES (?, ?, ?, ?, ?, 'queued', ?) RETURNING id
                    """,
                    [kind, account, role, Self.jsonText(parameters), input, Timestamp.format(now)])
            else { throw StoreError.corrupted("the new job's number cannot be read") }
            return id
        }
    }

    /// The job with this number, when there is one.
    public func job(_ id: Int) throws(StoreError) -> JobRow? {
        try read { db in try db.row("SELECT * FROM job WHERE id = ?", [id]).map(Self.jobRow) }
    }

    /// Takes the oldest queued job and marks it running (one more attempt); `nil` when none waits.
    public func startNextJob(now: Date) throws(StoreError) -> JobRow? {
        try transaction { db in
            guard
                let id = try db.value(
                    Int.self, "SELECT id FROM job WHERE status = 'queued' ORDER BY id LIMIT 1")
            else { return nil }
            try db.execute(
                "UPDATE job SET status = 'running', attempts = attempts + 1, started_at = ? WHERE id = ?",
                [Timestamp.format(now), id])
            return try db.row("SELECT * FROM job WHERE id = ?", [id]).map(
                Self.jobRow)
        }
    }

    /// Marks a job finished: done with its result, or failed with why. Its input is let go.
    public func finishJob(_ id: Int, result: [String: String]?, failure: String?, now: Date)
        throws(StoreError)
    {
        try transaction { db in
            try db.execute(
                """
                UPDATE job SET status = ?, result = ?, failure = ?, finished_at = ?, input = NULL
                WHERE id = ?
                """,
                [
                    failure == nil ? "done" : "failed", result.map(Self.jsonText), failure,
                    Timestamp.format(now), id,
                ])
        }
    }

    /// Finds the jobs a stopped server left running: each is queued again when it has attempts
    /// left, else marked failed with `reason`. Returns how many were queued again and failed.
    @discardableResult
    public func recoverJobs(reason: String, now: Date) throws(StoreError) -> (requeued: Int, failed: Int) {
        try transaction { db in
            let failed = try db.execute(
                """
                UPDATE job SET status = 'failed', failure = ?, finished_at = ?, input = NULL
                WHERE status = 'running' AND attempts >= ?
                """,
                [reason, Timestamp.format(now), Self.jobAttempts])
            let requeued = try db.execute("UPDATE job SET status = 'queued' WHERE status = 'running'")
            return (requeued, failed)
        }
    }

    private static func jsonText(_ values: [String: String]) -> String {
        String(decoding: (try? JSONEncoder().encode(values)) ?? Data("{}".utf8), as: UTF8.self)
    }

    private static func jobRow(_ row: StoreRow) -> JobRow {
        func values(_ text: String?) -> [String: String] {
            text.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) } ?? [:]
        }
        let status: String = row["status"]
        return JobRow(
            id: row["id"], kind: row["kind"], account: row["account"], role: row["role"],
            parameters: values(row["parameters"]), input: row["input"],
            status: JobStatus(rawValue: status) ?? .failed, attempts: row["attempts"],
            result: values(row["result"]), failure: row["failure"],
            createdAt: Timestamp.parse(row["created_at"]) ?? Date(timeIntervalSince1970: 0),
            startedAt: (row["started_at"] as String?).flatMap(Timestamp.parse),
            finishedAt: (row["finished_at"] as String?).flatMap(Timestamp.parse))
    }
}
