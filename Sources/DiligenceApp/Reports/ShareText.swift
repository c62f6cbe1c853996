public import Foundation

/// How the reports write a share from 0 to 1, the same in every front end and export.
public enum ShareText {
    /// As a percentage with at most one decimal: `85 %`, `78.5 %`.
    public static func percent(_ share: Decimal) -> String {
        var scaled = share * 1000
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        let tenths = NSDecimalNumber(decimal: rounded).intValue
        return tenths % 10 == 0 ? "\(tenths / 10) %" : "\(tenths / 10).\(tenths % 10) %"
    }

    /// As a decimal with four places, as CSV and JSON carry it: `0.8500`.
    public static func fixed(_ share: Decimal) -> String {
        var value = share
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 4, .plain)
        let text = "\(rounded)"
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, 4 - fraction.count))
    }
}
