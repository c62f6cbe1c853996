/// A count of allegation cases shown to a role that may not see the cases themselves: a count
/// from 1 to 2 (below ``threshold``) could single a case out, so it is suppressed; so is a second
/// count beside a lone suppressed one, where a total would give the first back.
public struct SmallCount: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The smallest count shown: counts from 1 to `threshold - 1` are suppressed.
    public static let threshold = 3

    /// The count; `nil` when suppressed.
    public var value: Int?

    /// A count shown as it is.
    public init(_ value: Int) { self.value = value }

    private init(suppressed: Void) { value = nil }

    /// A suppressed count.
    public static let suppressed = SmallCount(suppressed: ())

    /// Whether the count is suppressed.
    public var isSuppressed: Bool { value == nil }

    /// The count, or `<3` when suppressed.
    public var description: String { value.map(String.init) ?? "<\(Self.threshold)" }

    /// Whether a count would be suppressed on its own.
    static func isSmall(_ count: Int) -> Bool { count > 0 && count < threshold }

    /// The counts of one table column with its total: each small count is suppressed, and when
    /// exactly one is (the total minus the others would give it back), the next smallest other
    /// non-zero count too, or the total when there is none.
    public static func column(_ counts: [Int], total: Int) -> (cells: [SmallCount], total: SmallCount) {
        var cells = counts.map { isSmall($0) ? SmallCount.suppressed : SmallCount($0) }
        var shownTotal = isSmall(total) ? SmallCount.suppressed : SmallCount(total)
        let suppressed = cells.indices.filter { cells[$0].isSuppressed }
        if suppressed.count == 1, !shownTotal.isSuppressed {
            let others = counts.indices.filter { $0 != suppressed[0] && counts[$0] > 0 }
            if let next = others.min(by: { counts[$0] < counts[$1] }) {
                cells[next] = .suppressed
            } else {
                shownTotal = .suppressed
            }
        }
        return (cells, shownTotal)
    }

    /// A lone count (no column to hide behind).
    public static func single(_ count: Int) -> SmallCount {
        isSmall(count) ? .suppressed : SmallCount(count)
    }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int?.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
