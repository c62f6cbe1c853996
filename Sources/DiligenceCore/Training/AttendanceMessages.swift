/// The wording of attendance sheet problems, for the person who fixes the sheet.
extension AttendanceRowError: CustomStringConvertible {
    /// `row 4, column date: "31/01/2026" is not a date; write it as YYYY-MM-DD`.
    public var description: String {
        let place = "row \(row)" + (column.map { ", column \($0)" } ?? "")
        return place + ": " + problem.wording
    }
}

extension AttendanceRowError.Problem {
    /// What is wrong, without the place.
    var wording: String {
        switch self {
        case .missingCell: "the cell is empty; it is required"
        case .noAttendees: "give the number of people or a name"
        case .badDate(let text): "\"\(text)\" is not a date; write it as YYYY-MM-DD"
        case .unknownCategory(let text, let suggestion):
            "\"\(text)\" is not a personnel category"
                + (suggestion.map { "; did you mean \"\($0)\"?" }
                    ?? "; use " + PersonnelCategory.names.joined(separator: ", "))
        case .peopleNotANumber(let text): "\"\(text)\" is not a whole number of people"
        case .peopleBelowOne(let count): "\(count) people: a row records at least 1 person"
        case .peopleTooMany(let text):
            "\(text) people: a row records at most \(AttendanceSheet.maximumPeoplePerRow) people; split a larger session over several rows"
        case .namedRowCountsOne(let count):
            "a row with a name counts one person, not \(count); leave people empty or write 1"
        case .cellCount(let expected, let found):
            "the row has \(found) cells but the header has \(expected) columns"
        }
    }
}

extension AttendanceSheetError: CustomStringConvertible {
    /// The problem in a user's words; for bad rows, one line per problem.
    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "the sheet is \(bytes) bytes; the limit is \(limit); split it into smaller files"
        case .noHeader:
            "the sheet is empty; it needs a header row such as "
                + AttendanceSheet.columns.joined(separator: ",")
        case .malformed(let row, let structure):
            "row \(row): " + structure.wording
        case .missingColumns(let columns):
            "the header lacks the column" + (columns.count == 1 ? " " : "s ")
                + columns.joined(separator: ", ")
        case .unknownColumn(let name, let suggestion):
            "the header has the unknown column \"\(name)\""
                + (suggestion.map { "; did you mean \"\($0)\"?" }
                    ?? "; the columns are " + AttendanceSheet.columns.joined(separator: ", "))
        case .duplicateColumn(let name): "the header names the column \"\(name)\" twice"
        case .badRows(let errors):
            "nothing was imported: \(Set(errors.map(\.row)).count) rows have problems (they can be skipped)\n"
                + errors.map(\.description).joined(separator: "\n")
        }
    }
}

extension AttendanceSheetError.Structure {
    var wording: String {
        switch self {
        case .quoteInUnquotedCell:
            "a quote inside a cell that does not start with one; put the whole cell in quotes and double the quote (\"\")"
        case .textAfterClosingQuote: "text after a closing quote; a quoted cell ends at the comma or line end"
        case .unclosedQuote: "a quoted cell is never closed"
        case .tooManyRows(let limit): "the sheet has more than \(limit) rows; split it into smaller files"
        }
    }
}
