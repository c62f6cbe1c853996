import DiligenceCore
import Testing

private let header = "date,course,provider,category,people,name\n"

/// Reads a sheet that must have no file-level problem.
private func read(_ text: String, limits: AttendanceSheet.Limits = .standard) throws -> AttendanceImport {
    try AttendanceSheet.read(text, limits: limits)
}

/// The file-level error of a sheet that must not be read.
private func failure(_ text: String, limits: AttendanceSheet.Limits = .standard) -> AttendanceSheetError? {
    do {
        _ = try AttendanceSheet.read(text, limits: limits)
        Issue.record("the sheet was read")
        return nil
    } catch {
        return error
    }
}

/// CSV attendance sheets: good, bad and mixed rows, the skip option, structure and bounds.
@Suite struct AttendanceSheetTests {
    @Test func goodRowsBecomeRowsAndRecords() throws {
        let text =
            header + "2025-06-01,PSEA basics,UN online course,staff,12,\n"
            + "2025-06-01,PSEA basics,UN online course,volunteers,,Amina Diallo\r\n"
            + "2025-06-01,PSEA basics,UN online course,Volunteers,1,Jo Lee\n"
            + "2025-07-15,\"Refresher, part 2\",,Sub-Contractors,3,\n"
        let sheet = try read(text)
        #expect(sheet.errors.isEmpty)
        #expect(sheet.rows.map(\.row) == [2, 3, 4, 5])
        #expect(sheet.rows[0].attendance == Attendance(unnamedCount: 12))
        #expect(sheet.rows[1].attendance == Attendance(names: ["Amina Diallo"]))
        #expect(sheet.rows[3].course == "Refresher, part 2")
        #expect(sheet.rows[3].provider == nil)
        #expect(sheet.rows[3].category == .subContractors)
        let records = sheet.records
        #expect(records.count == 2)
        #expect(records[0].categories == [.staff, .volunteers])
        #expect(records[0].attendance[.volunteers] == Attendance(names: ["Amina Diallo", "Jo Lee"]))
        #expect(records[1].attendance[.subContractors]?.unnamedCount == 3)
        #expect(try sheet.rowsToWrite(skippingBadRows: false).count == 4)
    }

    @Test func columnsInAnyOrderAndOnlyTheRequiredOnes() throws {
        let sheet = try read(" Category ,DATE,course,name\nstaff,2025-06-01,Basics,Ana\n")
        #expect(sheet.rows.first?.attendance == Attendance(names: ["Ana"]))
        #expect(sheet.rows.first?.provider == nil)
    }

    @Test func quotedCellsHoldQuotesAndLineBreaks() throws {
        let text =
            header + "2025-06-01,\"The \"\"Do no harm\"\"\nworkshop\",NGO,staff,2,\n2025-06-02,B,,staff,1,\n"
        let sheet = try read(text)
        #expect(sheet.rows.first?.course == "The \"Do no harm\"\nworkshop")
        #expect(sheet.rows.map(\.row) == [2, 3], "a line break inside quotes stays in one row")
    }

    @Test func badRowsNameTheRowAndColumn() throws {
        let text =
            header + "31/01/2026,Basics,,staff,3,\n"  // 2
            + "2025-06-01,Basics,,staf,3,\n"  // 3
            + "2025-06-01,Basics,,staff,-2,\n"  // 4
            + "2025-06-01,Basics,,staff,three,\n"  // 5
            + "2025-06-01,,,staff,3,\n"  // 6
            + "2025-06-01,Basics,,staff,,\n"  // 7
            + "2025-06-01,Basics,,staff,2,Ana\n"  // 8
            + "2025-06-01,Basics,staff,3\n"  // 9
            + "2025-02-30,,,pilots,0,\n"  // 10
        let sheet = try read(text)
        #expect(sheet.rows.isEmpty)
        #expect(
            sheet.errors == [
                AttendanceRowError(row: 2, column: "date", problem: .badDate("31/01/2026")),
                AttendanceRowError(
                    row: 3, column: "category", problem: .unknownCategory("staf", suggestion: "staff")),
                AttendanceRowError(row: 4, column: "people", problem: .peopleBelowOne(-2)),
                AttendanceRowError(row: 5, column: "people", problem: .peopleNotANumber("three")),
                AttendanceRowError(row: 6, column: "course", problem: .missingCell),
                AttendanceRowError(row: 7, column: "people", problem: .noAttendees),
                AttendanceRowError(row: 8, column: "people", problem: .namedRowCountsOne(2)),
                AttendanceRowError(row: 9, column: nil, problem: .cellCount(expected: 6, found: 4)),
                AttendanceRowError(row: 10, column: "date", problem: .badDate("2025-02-30")),
                AttendanceRowError(row: 10, column: "course", problem: .missingCell),
                AttendanceRowError(
                    row: 10, column: "category", problem: .unknownCategory("pilots", suggestion: nil)),
                AttendanceRowError(row: 10, column: "people", problem: .peopleBelowOne(0)),
            ])
        #expect(sheet.badRows == Array(2...10))
        #expect(
            sheet.errors[0].description
                == "row 2, column date: \"31/01/2026\" is not a date; write it as YYYY-MM-DD")
        #expect(sheet.errors[1].description.contains("did you mean \"staff\"?"))
    }

    @Test func mixedRowsWriteNothingUnlessBadRowsAreSkipped() throws {
        let text =
            header + "2025-06-01,Basics,,staff,3,\n" + "2025-06-01,Basics,,staff,x,\n\n"
            + "2025-06-02,Basics,,volunteers,4,\n"
        let sheet = try read(text)
        #expect(sheet.rows.map(\.row) == [2, 5], "the empty line 4 is skipped but counted")
        #expect(sheet.badRows == [3])
        #expect(throws: AttendanceSheetError.badRows(sheet.errors)) {
            try sheet.rowsToWrite(skippingBadRows: false)
        }
        #expect(try sheet.rowsToWrite(skippingBadRows: true).map(\.row) == [2, 5])
        let message = AttendanceSheetError.badRows(sheet.errors).description
        #expect(message.contains("nothing was imported"))
        #expect(message.contains("row 3, column people: \"x\" is not a whole number of people"))
    }

    @Test func headerProblems() {
        #expect(failure("") == .noHeader)
        #expect(failure("date,course,category\n") == .missingColumns(["people or name"]))
        #expect(failure("course,people\n") == .missingColumns(["date", "category"]))
        #expect(failure("date,course,categry,people\n") == .unknownColumn("categry", suggestion: "category"))
        #expect(failure("date,course,category,people,date\n") == .duplicateColumn("date"))
    }

    @Test func malformedCSV() {
        #expect(
            failure(header + "2025-06-01,Ba\"sics,,staff,3,\n") == .malformed(row: 2, .quoteInUnquotedCell))
        #expect(
            failure(header + "2025-06-01,\"Basics\" x,,staff,3,\n")
                == .malformed(row: 2, .textAfterClosingQuote))
        #expect(
            failure(header + "2025-06-01,B,,staff,3,\n2025-06-01,\"Basics,,staff,3,\n")
                == .malformed(row: 3, .unclosedQuote))
    }

    @Test func inputIsBounded() {
        let limits = AttendanceSheet.Limits(maxBytes: 200, maxRows: 2)
        let row = "2025-06-01,Basics,,staff,3,\n"
        #expect(throws: Never.self) { try read(header + row + row, limits: limits) }
        #expect(
            failure(header + row + row + row, limits: limits) == .malformed(row: 4, .tooManyRows(limit: 2)))
        let long = header + String(repeating: row, count: 10)
        #expect(failure(long, limits: limits) == .tooLarge(bytes: long.utf8.count, limit: 200))
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let sheet = try read("\u{FEFF}" + header + "2025-06-01,Basics,,staff,3,\n")
        #expect(sheet.rows.count == 1)
    }
}
