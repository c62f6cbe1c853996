/// Strict RFC 4180 reading: comma-separated cells, records ended by CRLF or LF, cells in double
/// quotes may hold commas, line breaks and doubled quotes (`""`). A quote inside an unquoted
/// cell, text after a closing quote and a quote left open are errors. A UTF-8 byte order mark
/// at the start is skipped; empty lines are skipped but still counted as rows.
struct CSVTable {
    /// One record and its row number: records are counted as a spreadsheet counts rows (1 for
    /// the first; a line break inside quotes does not start a new row; an empty line does).
    struct Record {
        var row: Int
        var cells: [String]
    }

    /// A structural problem and the row it starts on.
    struct Malformation: Error {
        var row: Int
        var problem: AttendanceSheetError.Structure
    }

    /// Reads every record; stops at the first structural problem or after `maxRecords`.
    static func records(_ text: String, maxRecords: Int) throws(Malformation) -> [Record] {
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var records: [Record] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var row = 1
        var index = bytes.startIndex
        var quoted = false
        var afterQuote = false

        func finishCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
            quoted = false
            afterQuote = false
        }
        func finishRecord() throws(Malformation) {
            finishCell()
            if !(cells.count == 1 && cells[0].isEmpty) {
                guard records.count < maxRecords else {
                    throw Malformation(row: row, problem: .tooManyRows(limit: maxRecords))
                }
                records.append(Record(row: row, cells: cells))
            }
            cells.removeAll()
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if quoted, !afterQuote {
                if byte == 0x22 {
                    if index < bytes.endIndex, bytes[index] == 0x22 {
                        cell.append(0x22)
                        index += 1
                    } else {
                        afterQuote = true
                    }
                } else {
                    cell.append(byte)
                }
                continue
            }
            switch byte {
            case 0x2C:
                finishCell()
            case 0x0D where index < bytes.endIndex && bytes[index] == 0x0A:
                continue
            case 0x0A:
                try finishRecord()
                row += 1
            case 0x22 where cell.isEmpty && !afterQuote:
                quoted = true
            case 0x22:
                throw Malformation(
                    row: row, problem: afterQuote ? .textAfterClosingQuote : .quoteInUnquotedCell)
            default:
                guard !afterQuote else { throw Malformation(row: row, problem: .textAfterClosingQuote) }
                cell.append(byte)
            }
        }
        if quoted, !afterQuote { throw Malformation(row: row, problem: .unclosedQuote) }
        if !cell.isEmpty || !cells.isEmpty || quoted { try finishRecord() }
        return records
    }
}
