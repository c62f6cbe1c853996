/// What is wrong with one row of an attendance sheet: the row, the column and the problem.
/// Data only: the wording is ``description``.
public struct AttendanceRowError: Hashable, Sendable, Error {
    /// The row number in the file (the header is row 1).
    public var row: Int
    /// The column, as the header names it; `nil` for a problem with the whole row.
    public var column: String?
    /// What is wrong.
    public var problem: Problem

    /// Creates a row error.
    public init(row: Int, column: String?, problem: Problem) {
        self.row = row
        self.column = column
        self.problem = problem
    }

    /// The kinds of problem a row can have.
    public enum Problem: Hashable, Sendable {
        /// A required cell is empty.
        case missingCell
        /// Neither `people` nor `name` is filled in.
        case noAttendees
        /// The date is not `YYYY-MM-DD`.
        case badDate(String)
        /// The category is not a personnel category; with the closest one, if any.
        case unknownCategory(String, suggestion: String?)
        /// `people` is not a whole number.
        case peopleNotANumber(String)
        /// `people` is zero or negative.
        case peopleBelowOne(Int)
        /// `people` is more than ``AttendanceSheet/maximumPeoplePerRow`` (as written: it may be
        /// past the integers).
        case peopleTooMany(String)
        /// A row with a `name` gives a `people` count other than 1.
        case namedRowCountsOne(Int)
        /// The row has more or fewer cells than the header.
        case cellCount(expected: Int, found: Int)
    }
}
