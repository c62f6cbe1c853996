import DiligenceApp
import DiligenceCore
import Foundation

/// How the audit reports write shares, days and names in text, CSV and JSON.
enum ReportCells {
    /// A share from 0 to 1 as a percentage with at most one decimal: `85 %`, `78.5 %`.
    static func percent(_ share: Decimal) -> String { ShareText.percent(share) }

    /// A share from 0 to 1 as a decimal with four places, as CSV and JSON carry it: `0.8500`.
    static func share(_ share: Decimal) -> String { ShareText.fixed(share) }

    /// A name on one line of a text table: line breaks and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        // Printable ASCII, most names, has no line break to replace.
        guard !TerminalText.allBytes(of: text, { (0x20..<0x7F).contains($0) }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// `yes` or `no`.
    static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
}
