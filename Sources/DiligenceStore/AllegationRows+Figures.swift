import DiligenceCore
import Foundation

extension AllegationRows {
    /// Adds the board report's case figures to `figures`: the cases received from `first` (every
    /// case when `nil`) up to `last`, how many of them the partner reported on time, how many had
    /// assistance provided (recorded only with the victim/survivor's consent) and how many stand in
    /// each status. Reads the unrestricted parts of the records and the cases' instances only.
    static func addFigures(
        to figures: inout AllegationFigures, receivedFrom first: LocalDate?, to last: LocalDate,
        db: any StoreConnection
    ) throws {
        let rows = try db.rows(
            """
            SELECT record.subject, record.value, instance.snapshot FROM record
            JOIN instance ON instance.subject = record.subject
            WHERE record.kind = ? ORDER BY record.subject
            """, [kind])
        for row in rows {
            let subject: String = row[0]
            let record = try RecordRow.decoded(row[1], subject: subject, decode: AllegationRecord.init(json:))
            guard record.received <= last, first.map({ record.received >= $0 }) ?? true else { continue }
            let snapshot = try DiligenceStore.snapshot(from: row[2], subject: subject)
            figures.received += 1
            if snapshot.context[AllegationKind.reportedOn.name] != nil,
                snapshot.context[AllegationKind.reportedLate.name] != .bool(true)
            {
                figures.reportedOnTime += 1
            }
            if (record.assistanceCounts[.provided] ?? 0) > 0 { figures.assistedWithConsent += 1 }
            figures.byStatus[status(snapshot), default: 0] += 1
        }
    }
}
