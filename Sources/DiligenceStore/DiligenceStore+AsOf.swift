import DiligenceCore
import Foundation

extension DiligenceStore {
    /// The records as the log had them at `instant`: the log, from its first row up to the first
    /// one dated after `instant`, replayed into a fresh in-memory database, exactly as `audit
    /// verify` replays it. The log is a chain, so the replay stops there even when a later row is
    /// dated earlier again (after `tick --now` ran ahead of the clock). Refused when the log does
    /// not replay (then `audit verify` names the row).
    func replayed(asOf instant: Date) throws(StoreError) -> SQLiteDatabase {
        let cutoff = Timestamp.format(instant)
        return try read { db in
            let firstAfter = try db.value(
                Int.self, "SELECT MIN(seq) FROM event WHERE occurred_at > ?", [cutoff])
            var replay = try LogReplay(sources: try ReplaySources(db))
            var problem: AuditProblem?
            try LogPages.forEach(db, through: firstAfter.map { $0 - 1 }) { row in
                problem = try replay.apply(Self.entry(row), seq: row["seq"])
                return problem == nil
            }
            if let problem {
                throw StoreError.corrupted("the log cannot be replayed to \(cutoff) (\(problem))")
            }
            return replay.database
        }
    }
}
