/// A table written as RFC 4180 CSV: one header row, then the records; every line ends in CRLF; a
/// field holding a comma, a double quote, a CR or an LF is quoted, and each double quote inside it
/// is doubled. The text is Swift's `String`, so it is written out as UTF-8.
///
/// A field a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab or a
/// CR, as a partner named `=HYPERLINK(...)` would be) is written with a leading `'`, which
/// spreadsheets show as text; a plain number such as `-2` or `+0.5` is left as it is.
public struct CSVDocument: Sendable {
    /// The header row's field names.
    public let header: [String]
    /// The records, each with as many fields as the header.
    public private(set) var records: [[String]] = []

    /// Creates a document with its header row.
    public init(header: [String]) { self.header = header }

    /// Appends a record; it must have as many fields as the header.
    public mutating func append(_ fields: [String]) {
        precondition(fields.count == header.count, "a CSV record needs one field per header column")
        records.append(fields)
    }

    /// The document's text: the header line and one line per record, each ending in CRLF.
    public var text: String {
        var text = ""
        for line in [header] + records {
            text += line.map(Self.field).joined(separator: ",")
            text += "\r\n"
        }
        return text
    }

    /// One field as RFC 4180 writes it: as it is, or quoted with its quotes doubled; a formula is
    /// neutralised first.
    public static func field(_ value: String) -> String {
        let value = neutralised(value)
        let needsQuotes = value.unicodeScalars.contains { scalar in
            scalar == "," || scalar == "\"" || scalar == "\r" || scalar == "\n"
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The value with a `'` before it when a spreadsheet would take it for a formula.
    public static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
            return value
        }
        return isPlainNumber(value) ? value : "'" + value
    }

    /// `-2`, `+0.5`: a sign, digits and at most one decimal point with digits after it.
    private static func isPlainNumber(_ value: String) -> Bool {
        let unsigned = value.unicodeScalars.dropFirst()
        let parts = String(unsigned).split(separator: ".", omittingEmptySubsequences: false)
        guard value.hasPrefix("-") || value.hasPrefix("+"), parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
