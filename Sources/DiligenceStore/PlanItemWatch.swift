import DiligenceCore
import Foundation

/// For each assessment with open plan items not yet reported overdue, the earliest of their due
/// days, so `tick` reads only the assessments whose items can be overdue instead of every
/// assessment's record. Kept by every write of an assessment's record (``AssessmentRows``); a
/// database of an earlier version has it filled by its first tick (``fillIfNeeded(db:)``).
enum PlanItemWatch {
    static let schema = """

        CREATE TABLE plan_item_due (
            subject TEXT PRIMARY KEY NOT NULL,
            due_on TEXT NOT NULL
        );
        CREATE INDEX plan_item_due_by_day ON plan_item_due(due_on, subject);
        """

    /// The name under which ``RefreshHorizon``'s basis table records that the watch is filled.
    static let filledMark = "plan_items"

    /// Keeps the earliest due day of `record`'s open, unreported items (none: forgets it).
    static func keep(_ record: AssessmentRecord, subject: String, db: any StoreConnection) throws {
        let due = record.planItems.filter { $0.isOpen && !$0.overdueReported }.map(\.due).min()
        guard let due else {
            try db.execute("DELETE FROM plan_item_due WHERE subject = ?", [subject])
            return
        }
        try db.execute(
            """
            INSERT INTO plan_item_due (subject, due_on) VALUES (?, ?)
            ON CONFLICT (subject) DO UPDATE SET due_on = excluded.due_on
            """, [subject, due.description])
    }

    /// Whether every assessment's items are watched (the database was filled or made with it).
    static func isFilled(db: any StoreConnection) throws -> Bool {
        try db.exists("SELECT 1 FROM refresh_basis WHERE name = ?", [filledMark])
    }

    /// Fills the watch from every assessment's record, once, in the caller's write transaction.
    static func fillIfNeeded(db: any StoreConnection) throws {
        guard try !isFilled(db: db) else { return }
        for row in try db.rows("SELECT subject, value FROM record WHERE kind = ?", [AssessmentRows.kind]) {
            guard let json = JSONValue(text: row[1]), let record = AssessmentRecord(json: json) else {
                continue
            }
            try keep(record, subject: row[0], db: db)
        }
        try db.execute("INSERT INTO refresh_basis (name, basis) VALUES (?, 'filled')", [filledMark])
    }
}
