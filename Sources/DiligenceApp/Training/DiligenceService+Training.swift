public import DiligenceCore
public import DiligenceStore
public import Foundation

extension DiligenceService {
    /// Records a change to a partner's training record (the personnel in scope, training
    /// sessions) for a partner the account may see; returns the record and its coverage today.
    @discardableResult
    public func changeTraining(
        _ change: TrainingChange, partner: String, imported: Bool = false, by actor: AuthenticatedActor
    ) async throws -> TrainingChangeResult {
        try checkRecord(partner, visibleTo: actor)
        let now = clock()
        let (id, record) = try store.changeTraining(
            partner: partner, change: change, imported: imported, actor: actor.actor,
            definitions: definitions,
            now: now)
        return TrainingChangeResult(
            id: id, change: change, record: record, coverage: record.coverage(on: LocalDate(now)))
    }

    /// Reads an attendance sheet (CSV, UTF-8) as uploaded or read from a file, within the sheet's
    /// limits: the good rows and every problem of the bad ones. Writes nothing.
    public func attendanceSheet(_ data: Data) throws -> AttendanceImport {
        let text = try uploadedText(
            data, limit: AttendanceSheet.Limits.standard.maxBytes, field: .attendanceSheet)
        return try AttendanceSheet.read(text)
    }

    /// Imports an attendance sheet into a partner's training record: with a bad row, nothing is
    /// recorded unless `skippingBadRows`, and then only the good rows (the sheet's errors say
    /// which were skipped). A sheet with no good row is refused.
    public func importAttendance(
        _ data: Data, partner: String, skippingBadRows: Bool, by actor: AuthenticatedActor
    ) async throws -> (result: TrainingChangeResult, sheet: AttendanceImport) {
        try checkRecord(partner, visibleTo: actor)
        let sheet = try attendanceSheet(data)
        let rows = try sheet.rowsToWrite(skippingBadRows: skippingBadRows)
        guard !rows.isEmpty else { throw DiligenceError(.nothingToImport, field: .attendanceSheet) }
        let good = AttendanceImport(rows: rows, errors: [])
        let result = try await changeTraining(
            .trainings(good.records), partner: partner, imported: true, by: actor)
        return (result, sheet)
    }

    /// Confirms that a partner's personnel are trained (the partner workflow's `confirm_training`).
    @discardableResult
    public func confirmTraining(partner: String, by actor: AuthenticatedActor) async throws -> SendResult {
        try checkRecord(partner, visibleTo: actor)
        return try store.confirmTraining(
            partner: partner, actor: actor.actor, definitions: definitions, now: clock())
    }

    /// A partner's training record, when it has one, for an account that may see the partner.
    public func training(partner: String, by actor: AuthenticatedActor?) async throws -> (
        id: String, record: PartnerTraining
    )? {
        try checkRecord(partner, visibleTo: actor)
        return try store.training(partner: partner)
    }
}

/// A training record after a change, as ``DiligenceService/changeTraining(_:partner:imported:by:)``
/// returns it.
public struct TrainingChangeResult: Sendable {
    /// The training record's id (`T-0001`).
    public var id: String
    /// The change recorded.
    public var change: TrainingChange
    /// The record as it now stands.
    public var record: PartnerTraining
    /// Its coverage on the day of the change.
    public var coverage: TrainingCoverage
}
