import Foundation

/// Reads PSEA training attendance sheets exported as CSV (pure: text in, rows or errors out).
///
/// Columns, named in a required header row in any order (case and surrounding spaces ignored):
/// `date` (YYYY-MM-DD), `course`, `category` (a personnel category) are required; `provider`
/// is optional; at least one of `people` (a number of unnamed people, 1 or more) and `name`
/// (one named person) must be a column, and each row fills in one of them. A row with a name
/// counts that person once, however many rows name them.
public enum AttendanceSheet {
    /// The columns a sheet may have.
    public static let columns = ["date", "course", "provider", "category", "people", "name"]
    /// The columns a sheet must have.
    public static let requiredColumns = ["date", "course", "category"]
    /// The most people one row may count: with at most ``Limits/standard``'s rows, no sum of
    /// counts leaves the integers.
    public static let maximumPeoplePerRow = 100_000

    /// Bounds on the input.
    public struct Limits: Hashable, Sendable {
        /// The most bytes of text.
        public var maxBytes: Int
        /// The most data rows (the header not counted).
        public var maxRows: Int

        /// Creates limits.
        public init(maxBytes: Int, maxRows: Int) {
            self.maxBytes = maxBytes
            self.maxRows = maxRows
        }

        /// 2 MB and 10 000 rows.
        public static let standard = Limits(maxBytes: 2_000_000, maxRows: 10_000)
    }

    /// Reads a sheet. Problems with the file as a whole (size, CSV structure, header) throw;
    /// problems with rows come back in ``AttendanceImport/errors`` beside the good rows.
    public static func read(_ text: String, limits: Limits = .standard) throws(AttendanceSheetError)
        -> AttendanceImport
    {
        let size = text.utf8.count
        guard size <= limits.maxBytes else { throw .tooLarge(bytes: size, limit: limits.maxBytes) }
        let records: [CSVTable.Record]
        do {
            records = try CSVTable.records(text, maxRecords: limits.maxRows + 1)
        } catch {
            if case .tooManyRows = error.problem {
                throw .malformed(row: error.row, .tooManyRows(limit: limits.maxRows))
            }
            throw .malformed(row: error.row, error.problem)
        }
        guard let header = records.first else { throw .noHeader }
        let names = try columnNames(header.cells)
        var rows: [AttendanceRow] = []
        var errors: [AttendanceRowError] = []
        for record in records.dropFirst() {
            var reader = AttendanceRowReader(columns: names, record: record)
            if let row = reader.read() { rows.append(row) }
            errors += reader.problems
        }
        return AttendanceImport(rows: rows, errors: errors)
    }

    private static func columnNames(_ cells: [String]) throws(AttendanceSheetError) -> [String] {
        var names: [String] = []
        for cell in cells {
            let name = cell.trimmingCharacters(in: .whitespaces).lowercased()
            guard columns.contains(name) else {
                throw .unknownColumn(name, suggestion: Suggestion.closest(to: name, among: columns))
            }
            guard !names.contains(name) else { throw .duplicateColumn(name) }
            names.append(name)
        }
        var missing = requiredColumns.filter { !names.contains($0) }
        if !names.contains("people"), !names.contains("name") { missing.append("people or name") }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        return names
    }
}
