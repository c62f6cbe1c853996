import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Every record of `kind` (of one partner, when `partner` is given) with its instance, in the
    /// numeric order of their ids (`A-9999` before `A-10000`), inside the caller's read. `decode`
    /// reads a record's stored JSON; a record it cannot read throws
    /// ``StoreError/corrupted(_:)``.
    static func recordRows<Record>(
        kind: String, partner: String?, inStates states: [String]? = nil, db: any StoreConnection,
        decode: (JSONValue) -> Record?
    ) throws -> [(record: Record, instance: InstanceRecord)] {
        var sql = """
            SELECT record.subject, record.value, instance.kind, instance.workflow, instance.definition_hash,
                instance.snapshot, instance.updated_at
            FROM record JOIN instance ON instance.subject = record.subject
            WHERE record.kind = ?
            """
        var arguments: [any SQLValueConvertible] = [kind]
        if let partner {
            sql += " AND record.subject IN (SELECT subject FROM link WHERE role = 'partner' AND target = ?)"
            arguments.append(partner)
        }
        if let states {
            // Read from the active states kept beside each snapshot: the other records are not parsed.
            let any = states.map { _ in "instance.states LIKE ?" }.joined(separator: " OR ")
            sql += " AND (\(states.isEmpty ? "0 = 1" : any))"
            arguments += states.map { "%\(InstanceStates.text([$0]).dropFirst().dropLast())%" }
        }
        sql += " ORDER BY length(record.subject), record.subject"
        return try db.rows(sql, arguments).map { row in
            let subject: String = row["subject"]
            let record = try RecordRow.decoded(row["value"], subject: subject, decode: decode)
            return (record, try instanceRecord(row, subject: subject))
        }
    }

    /// The instance a row of the `instance` table (or of a query that selects its columns) holds.
    static func instanceRecord(_ row: StoreRow, subject: String) throws -> InstanceRecord {
        InstanceRecord(
            subject: subject, kind: row["kind"], workflow: row["workflow"],
            definitionHash: row["definition_hash"],
            snapshot: try snapshot(from: row["snapshot"], subject: subject),
            updatedAt: Timestamp.parse(row["updated_at"]) ?? Date(timeIntervalSince1970: 0))
    }

    /// `record` (what was read for `id`), or the refusal: an unknown id with a suggestion, a
    /// record of another kind with `refusal`.
    static func found<Record>(
        _ record: Record?, id: String, otherwise refusal: StoreError, definitions: DefinitionSet,
        db: any StoreConnection
    ) throws -> Record {
        if let record { return record }
        _ = try currentInstance(id, definitions: definitions, db: db)
        throw refusal
    }
}
