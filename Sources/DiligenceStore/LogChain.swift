import DiligenceCore
import Foundation

/// The one writer of the hash chain: every row of the log, a workflow's step or a row that steps
/// none (a read of restricted fields, a sign-in), is appended here, after the head it read in the
/// same write transaction, so no two rows share a position and every row's hash covers the one
/// before it.
enum LogChain {
    /// Appends `entry` after `head` (read here when not given) at `seq` (the next position when
    /// not given); returns the position it was written at.
    static func append(
        _ entry: LogEntry, head knownHead: LogHead? = nil, seq forcedSeq: Int? = nil, db: any StoreConnection
    )
        throws -> Int
    {
        let head = try knownHead ?? LogHead.read(db)
        let seq = forcedSeq ?? head.seq + 1
        let text = entry.texts()
        let hash = entry.chainHash(seq: seq, texts: text, previousHash: head.hash)
        try db.execute(
            """
            INSERT INTO event (seq, subject, kind, name, actor, role, data, occurred_at, definition_hash, outcome, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                seq, entry.subject, entry.kind, entry.name,
                entry.actor.user, entry.actor.role, text.data,
                Timestamp.format(entry.occurredAt), entry.definitionHash, text.outcome,
                head.hash, hash,
            ])
        return seq
    }
}

/// The last row of the log: its position and hash (position 0 and the genesis hash when empty).
struct LogHead {
    var seq: Int
    var hash: String

    /// Reads the head of the log.
    static func read(_ db: any StoreConnection) throws -> LogHead {
        let row = try db.row("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1")
        return LogHead(seq: row?[0] ?? 0, hash: row?[1] ?? ContentHash.genesis)
    }
}
