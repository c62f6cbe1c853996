/// A plain-text table with left-aligned columns, for terminal output.
struct Table {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { add(row: cells) }

    /// Adds a row; a cell's control characters, line breaks and tabs are made visible, so that no
    /// cell can break or forge a line.
    mutating func add(row cells: [String]) {
        rows.append(cells.map { TerminalText.visible($0, keepingLineBreaks: false) })
    }

    /// The table as lines, columns padded to their widest cell, two spaces apart.
    var text: String {
        let all = [headers] + rows
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
