/// The result of reading an attendance sheet: the good rows and every problem of the bad ones.
public struct AttendanceImport: Hashable, Sendable {
    /// The rows that passed every check, in file order.
    public var rows: [AttendanceRow]
    /// Every problem found, by row then column order.
    public var errors: [AttendanceRowError]

    /// Creates an import.
    public init(rows: [AttendanceRow], errors: [AttendanceRowError]) {
        self.rows = rows
        self.errors = errors
    }

    /// The numbers of the rows that have a problem, ascending.
    public var badRows: [Int] { Array(Set(errors.map(\.row))).sorted() }

    /// The rows to write: all of them when no row is bad; with bad rows, the good rows when
    /// `skippingBadRows` (report ``badRows`` then), else nothing: throws the row errors.
    public func rowsToWrite(skippingBadRows: Bool) throws(AttendanceSheetError) -> [AttendanceRow] {
        guard errors.isEmpty || skippingBadRows else { throw .badRows(errors) }
        return rows
    }

    /// The rows as training records: one record per date, course and provider (in order of first
    /// appearance), attendance gathered by category.
    public var records: [TrainingRecord] {
        var records: [TrainingRecord] = []
        var index: [String: Int] = [:]
        for row in rows {
            let key = "\(row.date)\u{1F}\(row.course)\u{1F}\(row.provider ?? "")"
            let position = index[key] ?? records.count
            if position == records.count {
                index[key] = position
                records.append(
                    TrainingRecord(
                        course: row.course, date: row.date, provider: row.provider, attendance: [:]))
            }
            var attendance = records[position].attendance[row.category] ?? Attendance()
            attendance.unnamedCount += row.attendance.unnamedCount
            attendance.names += row.attendance.names
            records[position].attendance[row.category] = attendance
        }
        return records
    }
}
