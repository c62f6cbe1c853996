import DiligenceCore
import Synchronization

/// The lifecycle as a diagram the server draws (SVG, no script): the top-level states in the
/// definition's order, joined by arrows, the current one filled and labelled "now". The text of
/// the SVG carries the same information for a screen reader (`role="img"` with a label).
enum LifecycleDiagram {
    /// The diagram of `definition` with the top-level states of `standing` marked; each is drawn
    /// once per definition and standing, then kept (a lifecycle has few top-level states).
    static func svg(_ definition: WorkflowDefinition, standing: [String]) -> String {
        let key = definition.hash + "|" + standing.joined(separator: ",")
        if let kept = drawn.withLock({ $0[key] }) { return kept }
        let svg = draw(definition, standing: standing)
        drawn.withLock { drawn in
            if drawn.count >= 1_000 { drawn.removeAll() }
            drawn[key] = svg
        }
        return svg
    }

    private static let drawn = Mutex<[String: String]>([:])

    private static func draw(_ definition: WorkflowDefinition, standing: [String]) -> String {
        let top = definition.root.children.map { definition.states[$0] }
        guard !top.isEmpty else { return "" }
        let current = Set(standing.compactMap { $0.split(separator: "/").first.map(String.init) })
        let (width, height, gap, perRow) = (150, 44, 30, 5)
        let rows = (top.count + perRow - 1) / perRow
        let totalWidth = min(top.count, perRow) * (width + gap)
        let totalHeight = rows * (height + 30) + 10
        let label =
            "Lifecycle: "
            + top.map { RoleNames.sentence($0.id) + (current.contains($0.id) ? " (now)" : "") }
            .joined(separator: ", then ")
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(totalWidth) \(totalHeight)" width="\(totalWidth)" height="\(totalHeight)" role="img" aria-label="\(escape(label))">
            """
        for (index, state) in top.enumerated() {
            let x = (index % perRow) * (width + gap) + 2
            let y = (index / perRow) * (height + 30) + 14
            let isNow = current.contains(state.id)
            svg += """
                <rect x="\(x)" y="\(y)" width="\(width)" height="\(height)" rx="4" fill="\(isNow ? "#1d70b8" : "#ffffff")" stroke="#0b0c0c" stroke-width="\(isNow ? 3 : 1)"/>
                <text x="\(x + width / 2)" y="\(y + 27)" text-anchor="middle" font-family="system-ui, Arial, sans-serif" font-size="13" fill="\(isNow ? "#ffffff" : "#0b0c0c")">\(escape(String(RoleNames.sentence(state.id).prefix(20))))</text>
                """
            if isNow {
                svg += """
                    <text x="\(x + 4)" y="\(y - 3)" font-family="system-ui, Arial, sans-serif" font-size="11" font-weight="700" fill="#0b0c0c">now</text>
                    """
            }
            if index + 1 < top.count, (index + 1) % perRow != 0 {
                let arrowY = y + height / 2
                svg += """
                    <path d="M\(x + width + 2) \(arrowY) h\(gap - 10)" stroke="#505a5f" stroke-width="2"/><path d="M\(x + width + gap - 8) \(arrowY - 5) l6 5 l-6 5 z" fill="#505a5f"/>
                    """
            }
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
