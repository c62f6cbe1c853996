import DiligenceApp
import Testing

/// The small-cell rule: no count from 1 to 2 reaches a role that may not see the cases, and a
/// lone suppressed count is not given back by its total.
@Suite struct SmallCountTests {
    @Test(
        arguments: [
            ([5, 4], 9, ["5", "4"], "9"),
            ([0, 7], 7, ["0", "7"], "7"),
            ([1, 7], 8, ["<3", "<3"], "8"),
            ([2, 9, 4], 15, ["<3", "9", "<3"], "15"),
            ([1, 2, 6], 9, ["<3", "<3", "6"], "9"),
            ([2, 0], 2, ["<3", "0"], "<3"),
            ([1], 1, ["<3"], "<3"),
            ([3, 0], 3, ["3", "0"], "3"),
        ] as [([Int], Int, [String], String)])
    func aColumnHidesItsSmallCellsAndWhatWouldGiveThemBack(
        _ counts: [Int], _ total: Int, _ cells: [String], _ shownTotal: String
    ) {
        let (shown, totalShown) = SmallCount.column(counts, total: total)
        #expect(shown.map(\.description) == cells)
        #expect(totalShown.description == shownTotal)
        // Whatever is shown, no suppressed cell can be worked out from the others and the total.
        let hidden = shown.indices.filter { shown[$0].isSuppressed }
        if hidden.count == 1 { #expect(totalShown.isSuppressed) }
    }
}
