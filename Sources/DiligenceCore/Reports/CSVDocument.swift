/// A table written as RFC 4180 CSV: one header row, then the records; every line ends in CRLF; a
/// field holding a comma, a double quote, a CR or an LF is quoted, and each double quote inside it
/// is doubled. The text is Swift's `String`, so it is written out as UTF-8.
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

    /// One field as RFC 4180 writes it: as it is, or quoted with its quotes doubled.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { scalar in
            scalar == "," || scalar == "\"" || scalar == "\r" || scalar == "\n"
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
