import DiligenceCore
import Foundation

/// The `record` and `link` rows a record (an assessment, an agreement, an allegation case, a
/// capacity status) keeps besides its instance, written and read the same way for every kind;
/// each kind's rows (``AssessmentRows``, ...) say what its record is, how it is read and what it
/// is pinned to.
enum RecordRow {
    /// A record of a partner as the store reads it: its id, record and snapshot.
    struct Linked<Record> {
        var id: String
        var record: Record
        var snapshot: InstanceSnapshot
    }

    /// The record stored as `text` for `subject`, read by `decode`; a text it cannot read throws
    /// ``StoreError/corrupted(_:)``.
    static func decoded<Record>(_ text: String, subject: String, decode: (JSONValue) -> Record?) throws
        -> Record
    {
        guard let json = JSONValue(text: text), let record = decode(json) else {
            throw StoreError.corrupted("the record of \(subject) cannot be read")
        }
        return record
    }

    /// The record of `kind` stored for `subject`, or `nil` when the subject has none of that kind.
    static func stored<Record>(
        _ subject: String, kind: String, db: any StoreConnection, decode: (JSONValue) -> Record?
    ) throws -> Record? {
        guard
            let text = try db.value(
                String.self, "SELECT value FROM record WHERE subject = ? AND kind = ?",
                [subject, kind])
        else { return nil }
        return try decoded(text, subject: subject, decode: decode)
    }

    /// Inserts a new record and its link to its partner.
    static func insert(
        subject: String, kind: String, value: JSONValue, pinned: String, partner: String,
        db: any StoreConnection
    ) throws {
        try db.execute(
            "INSERT INTO record (subject, kind, value, pinned) VALUES (?, ?, ?, ?)",
            [subject, kind, value.canonicalText, pinned])
        try db.execute(
            "INSERT INTO link (subject, role, target) VALUES (?, 'partner', ?)",
            [subject, partner])
    }

    /// Stores a record's new value (and what it is pinned to, when `pinned` is given).
    static func update(subject: String, value: JSONValue, pinned: String? = nil, db: any StoreConnection)
        throws
    {
        let changed =
            if let pinned {
                try db.execute(
                    "UPDATE record SET value = ?, pinned = ? WHERE subject = ?",
                    [value.canonicalText, pinned, subject])
            } else {
                try db.execute(
                    "UPDATE record SET value = ? WHERE subject = ?", [value.canonicalText, subject])
            }
        guard changed == 1 else { throw StoreError.corrupted("the record of \(subject) is missing") }
    }

    /// Every record of `kind` linked to `partner`, in id order, each read by `decode` from its
    /// stored text and id.
    static func linked<Record>(
        kind: String, partner: String, db: any StoreConnection,
        decode: (_ text: String, _ subject: String) throws -> Record
    ) throws -> [Linked<Record>] {
        try db.rows(
            """
            SELECT record.subject, record.value, instance.snapshot FROM link
            JOIN record ON record.subject = link.subject AND record.kind = ?
            JOIN instance ON instance.subject = link.subject
            WHERE link.role = 'partner' AND link.target = ?
            ORDER BY record.subject
            """, [kind, partner]
        ).map { row in
            let subject: String = row[0]
            return Linked(
                id: subject, record: try decode(row[1], subject),
                snapshot: try DiligenceStore.snapshot(from: row[2], subject: subject))
        }
    }
}
