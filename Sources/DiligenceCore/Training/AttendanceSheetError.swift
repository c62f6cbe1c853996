/// Why an attendance sheet cannot be imported as a whole. Data only: the wording is
/// ``description``.
public enum AttendanceSheetError: Hashable, Sendable, Error {
    /// The text is longer than the limit.
    case tooLarge(bytes: Int, limit: Int)
    /// There is no header row.
    case noHeader
    /// The CSV is malformed at a row.
    case malformed(row: Int, Structure)
    /// The header lacks required columns.
    case missingColumns([String])
    /// The header has a column the sheet format does not know; with the closest known one.
    case unknownColumn(String, suggestion: String?)
    /// The header names a column twice.
    case duplicateColumn(String)
    /// Some rows are bad and bad rows are not to be skipped: nothing is imported.
    case badRows([AttendanceRowError])

    /// The structural problems of a CSV text.
    public enum Structure: Hashable, Sendable {
        /// A `"` inside a cell that does not start with one.
        case quoteInUnquotedCell
        /// Text between a closing quote and the next comma or line end.
        case textAfterClosingQuote
        /// A quoted cell is never closed.
        case unclosedQuote
        /// More rows than the limit.
        case tooManyRows(limit: Int)
    }
}
