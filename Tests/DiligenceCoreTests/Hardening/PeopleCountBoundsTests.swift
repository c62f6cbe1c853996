import Testing

@testable import DiligenceCore

/// People counts are bounded per row, so a sheet's counts never add past the integers (two rows of
/// 9223372036854775807 people stopped the program on an arithmetic overflow).
@Suite struct PeopleCountBoundsTests {
    static let header = "date,course,provider,category,people,name\n"

    @Test func countsPastTheBoundAreRowErrorsAndNothingIsGathered() throws {
        let sheet = try AttendanceSheet.read(
            Self.header + "2025-06-01,Basics,,staff,9223372036854775807,\n"
                + "2025-06-01,Basics,,staff,9223372036854775807,\n"
                + "2025-06-01,Basics,,staff,99999999999999999999,\n" + "2025-06-01,Basics,,staff,100001,\n")
        #expect(sheet.rows.isEmpty)
        #expect(
            sheet.errors == [
                AttendanceRowError(row: 2, column: "people", problem: .peopleTooMany("9223372036854775807")),
                AttendanceRowError(row: 3, column: "people", problem: .peopleTooMany("9223372036854775807")),
                AttendanceRowError(row: 4, column: "people", problem: .peopleTooMany("99999999999999999999")),
                AttendanceRowError(row: 5, column: "people", problem: .peopleTooMany("100001")),
            ])
        #expect(sheet.records.isEmpty)
        #expect(
            sheet.errors[3].description
                == "row 5, column people: 100001 people: a row records at most 100000 people; split a larger session over several rows"
        )
    }

    @Test func theBoundItselfIsAccepted() throws {
        let sheet = try AttendanceSheet.read(
            Self.header + "2025-06-01,Basics,,staff,100000,\n" + "2025-06-01,Basics,,staff,100000,\n")
        #expect(sheet.errors.isEmpty)
        #expect(sheet.records.first?.attendance[.staff]?.unnamedCount == 200_000)
    }
}
