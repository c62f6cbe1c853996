/// A plain-text table with left-aligned columns, for terminal output.
struct Table {
    private(set) var headers: [String]
    private(set) var rows: [[String]] = []
    /// The widest cell of each column so far, headers included.
    private var widths: [Int]
    /// Whether every cell of each column so far is ASCII (its width its length in bytes).
    private var isASCII: [Bool]

    init(_ headers: String...) {
        self.headers = headers
        widths = headers.map(TerminalText.width)
        isASCII = headers.map { TerminalText.allBytes(of: $0) { $0 < 0x80 } }
    }

    mutating func add(_ cells: String...) { add(row: cells) }

    /// Adds a row; a cell's control characters, line breaks and tabs are made visible, so that no
    /// cell can break or forge a line.
    mutating func add(row cells: [String]) {
        var row: [String] = []
        row.reserveCapacity(cells.count)
        for (index, cell) in cells.enumerated() {
            // Printable ASCII, most cells, is shown as it is, a column per byte.
            let printable = TerminalText.allBytes(of: cell) { (0x20..<0x7F).contains($0) }
            let shown = printable ? cell : TerminalText.visible(cell, keepingLineBreaks: false)
            if index < widths.count {
                let ascii = printable || TerminalText.allBytes(of: shown) { $0 < 0x80 }
                widths[index] = max(widths[index], ascii ? shown.utf8.count : shown.count)
                isASCII[index] = isASCII[index] && ascii
            }
            row.append(shown)
        }
        rows.append(row)
    }

    /// The table as lines, columns padded to their widest cell, two spaces apart.
    var text: String {
        var text = ""
        text.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (rows.count + 1))
        write(to: &text)
        return text
    }

    /// Writes ``text`` to `output`, a line at a time (no line break after the last).
    func write(to output: inout some TextOutputStream) {
        let padding = (0...((widths.max() ?? 0) + 2)).map { String(repeating: " ", count: $0) }
        func append(_ row: [String]) {
            for (index, cell) in row.enumerated() {
                output.write(cell)
                guard index < row.count - 1 else { break }
                let width =
                    index < isASCII.count && isASCII[index] ? cell.utf8.count : TerminalText.width(cell)
                output.write(padding[(index < widths.count ? widths[index] : width) - width + 2])
            }
        }
        append(headers)
        for row in rows {
            output.write("\n")
            append(row)
        }
    }
}
