public import DiligenceCore

/// One table of counts of the portfolio report: a row per key (a state, a capacity, a country, a
/// flag level...), a count per column, each count exact or under the small-cell rule. The names
/// of the keys and columns are the domain's; each front end words them.
public struct ReportTable: Sendable, Hashable {
    /// The table's name: `standing`, `capacity`, `country`... (the CSV's file name).
    public var id: String
    /// The name of what the rows are (`standing`, `country`): the first CSV column.
    public var rowName: String
    /// The columns' names (`partners`, `assessed`...), in order; the first is the one charted.
    public var columns: [String]
    /// The rows, in the order they are shown.
    public var rows: [Row]
    /// The column totals, when the table has a total row.
    public var totals: [SmallCount]?

    /// One row: its key and one count per column.
    public struct Row: Sendable, Hashable {
        /// The row's key (a state, a country code, a flag level...).
        public var key: String
        /// One count per column.
        public var cells: [SmallCount]
    }

    /// The table as CSV: the row name and the columns as the header, a row per key, then the
    /// totals (key `total`) when there are any; a suppressed count is written `<3`.
    public var csv: CSVDocument {
        var document = CSVDocument(header: [rowName] + columns)
        for row in rows { document.append([row.key] + row.cells.map(\.description)) }
        if let totals { document.append(["total"] + totals.map(\.description)) }
        return document
    }

    /// The largest count shown in the first column (the chart's scale); 0 for an empty table.
    public var largestCharted: Int {
        rows.compactMap { $0.cells.first?.value }.max() ?? 0
    }
}
