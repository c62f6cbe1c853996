import DiligenceApp

/// A horizontal bar chart drawn on the server as SVG: one bar per row, its label and its number
/// beside it, a title and a description for assistive technology (the same numbers are in the
/// table the chart stands beside). A count suppressed under the small-cell rule has no bar.
enum BarChart {
    static let width = 480
    static let labelWidth = 170
    static let barArea = 250
    static let rowHeight = 24

    /// The chart of `bars` (label and count) titled `title`, its elements' ids starting `id`.
    static func svg(id: String, title: String, bars: [(label: String, count: SmallCount)]) -> String {
        let largest = max(bars.compactMap(\.count.value).max() ?? 0, 1)
        let height = max(bars.count, 1) * rowHeight + 8
        let description =
            bars.isEmpty
            ? "No data." : bars.map { "\($0.label): \($0.count)" }.joined(separator: "; ") + "."
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg +=
            "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let label = bar.label.count > 23 ? String(bar.label.prefix(22)) + "…" : bar.label
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"13\" fill=\"#0b0c0c\">\(escape(label))</text>"
            let length = bar.count.value.map { $0 == 0 ? 0 : max(2, $0 * barArea / largest) } ?? 0
            if length > 0 {
                svg +=
                    "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"16\" fill=\"#1d70b8\"></rect>"
            }
            svg +=
                "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\" font-size=\"13\" fill=\"#0b0c0c\">\(escape(bar.count.description))</text>"
        }
        return svg + "</svg>"
    }

    /// Text made safe inside SVG markup.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
