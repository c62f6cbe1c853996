/// One row of an attendance sheet that passed every check.
public struct AttendanceRow: Hashable, Sendable {
    /// The row number in the file (the header is row 1).
    public var row: Int
    /// The day of the training.
    public var date: LocalDate
    /// The course.
    public var course: String
    /// Who gave it; `nil` when the cell is empty or the column absent.
    public var provider: String?
    /// The attendees' personnel category.
    public var category: PersonnelCategory
    /// A number of unnamed people, or one named person.
    public var attendance: Attendance
}
