import DiligenceCore
import Foundation

/// How the audit reports write shares, days and names in text, CSV and JSON.
enum ReportCells {
    /// A share from 0 to 1 as a percentage with at most one decimal: `85 %`, `78.5 %`.
    static func percent(_ share: Decimal) -> String {
        var scaled = share * 1000
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        let tenths = NSDecimalNumber(decimal: rounded).intValue
        return tenths % 10 == 0 ? "\(tenths / 10) %" : "\(tenths / 10).\(tenths % 10) %"
    }

    /// A share from 0 to 1 as a decimal with four places, as CSV and JSON carry it: `0.8500`.
    static func share(_ share: Decimal) -> String {
        var value = share
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 4, .plain)
        let text = "\(rounded)"
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, 4 - fraction.count))
    }

    /// A name on one line of a text table: line breaks and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// `yes` or `no`.
    static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
}
