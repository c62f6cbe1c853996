/// A plain-text table with left-aligned columns, for terminal output.
struct Table {
    private(set) var headers: [String]
    private(set) var rows: [[String]] = []
    /// The widest cell of each column so far, headers included.
    private var widths: [Int]

    init(_ headers: String...) {
        self.headers = headers
        widths = headers.map(\.count)
    }

    mutating func add(_ cells: String...) { add(row: cells) }

    /// Adds a row; a cell's control characters, line breaks and tabs are made visible, so that no
    /// cell can break or forge a line.
    mutating func add(row cells: [String]) {
        let row = cells.map { TerminalText.visible($0, keepingLineBreaks: false) }
        for (index, cell) in row.enumerated() where index < widths.count {
            widths[index] = max(widths[index], cell.count)
        }
        rows.append(row)
    }

    /// The table as lines, columns padded to their widest cell, two spaces apart.
    var text: String {
        let padding = String(repeating: " ", count: (widths.max() ?? 0) + 2)
        var text = ""
        text.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (rows.count + 1))
        func append(_ row: [String]) {
            for (index, cell) in row.enumerated() {
                text += cell
                guard index < row.count - 1 else { break }
                let width = index < widths.count ? widths[index] : cell.count
                text += padding.prefix(width - cell.count + 2)
            }
        }
        append(headers)
        for row in rows {
            text += "\n"
            append(row)
        }
        return text
    }
}
