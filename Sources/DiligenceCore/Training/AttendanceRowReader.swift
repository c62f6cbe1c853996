import Foundation

/// Checks one data row of an attendance sheet against its header, collecting every problem.
struct AttendanceRowReader {
    let columns: [String]
    let record: CSVTable.Record
    var problems: [AttendanceRowError] = []

    init(columns: [String], record: CSVTable.Record) {
        self.columns = columns
        self.record = record
    }

    /// The trimmed cell of a column; empty when the column is absent.
    private func cell(_ column: String) -> String {
        guard let index = columns.firstIndex(of: column), index < record.cells.count else { return "" }
        return record.cells[index].trimmingCharacters(in: .whitespaces)
    }

    private mutating func fail(_ column: String?, _ problem: AttendanceRowError.Problem) {
        problems.append(AttendanceRowError(row: record.row, column: column, problem: problem))
    }

    private mutating func required(_ column: String) -> String? {
        let value = cell(column)
        if value.isEmpty { fail(column, .missingCell) }
        return value.isEmpty ? nil : value
    }

    /// The row when it has no problem; ``problems`` holds them otherwise.
    mutating func read() -> AttendanceRow? {
        guard record.cells.count == columns.count else {
            fail(nil, .cellCount(expected: columns.count, found: record.cells.count))
            return nil
        }
        var date: LocalDate?
        if let text = required("date") {
            date = LocalDate(text)
            if date == nil { fail("date", .badDate(text)) }
        }
        let course = required("course")
        var category: PersonnelCategory?
        if let text = required("category") {
            category = PersonnelCategory(typed: text)
            if category == nil {
                let suggestion = Suggestion.closest(to: text, among: PersonnelCategory.names)
                fail("category", .unknownCategory(text, suggestion: suggestion))
            }
        }
        let attendance = readAttendance()
        let provider = cell("provider")
        guard problems.isEmpty, let date, let course, let category, let attendance else {
            return nil
        }
        return AttendanceRow(
            row: record.row, date: date, course: course, provider: provider.isEmpty ? nil : provider,
            category: category, attendance: attendance)
    }

    private mutating func readAttendance() -> Attendance? {
        let name = cell("name")
        let peopleText = cell("people")
        var people: Int?
        if !peopleText.isEmpty {
            guard let count = Int(peopleText) else {
                // Digits past the integers are a count too large, not a count that is no number.
                let digits = peopleText.hasPrefix("+") ? peopleText.dropFirst() : Substring(peopleText)
                if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    fail("people", .peopleTooMany(peopleText))
                } else {
                    fail("people", .peopleNotANumber(peopleText))
                }
                return nil
            }
            guard count <= AttendanceSheet.maximumPeoplePerRow else {
                fail("people", .peopleTooMany(peopleText))
                return nil
            }
            guard count >= 1 else {
                fail("people", .peopleBelowOne(count))
                return nil
            }
            people = count
        }
        if !name.isEmpty {
            if let people, people != 1 {
                fail("people", .namedRowCountsOne(people))
                return nil
            }
            return Attendance(names: [name])
        }
        guard let people else {
            fail(columns.contains("people") ? "people" : "name", .noAttendees)
            return nil
        }
        return Attendance(unnamedCount: people)
    }
}
