/// One PSEA training session: the course, when, who gave it and who attended, by category.
public struct TrainingRecord: Hashable, Sendable {
    /// The course's name.
    public var course: String
    /// The day it took place.
    public var date: LocalDate
    /// Who gave it (an organisation, the UN online course); `nil` when not recorded.
    public var provider: String?
    /// Who attended, by personnel category; the keys are the categories the session covered.
    public var attendance: [PersonnelCategory: Attendance]

    /// Creates a record.
    public init(
        course: String, date: LocalDate, provider: String?, attendance: [PersonnelCategory: Attendance]
    ) {
        self.course = course
        self.date = date
        self.provider = provider
        self.attendance = attendance
    }

    /// The categories the session covered, in declaration order.
    public var categories: [PersonnelCategory] { attendance.keys.sorted() }
}
