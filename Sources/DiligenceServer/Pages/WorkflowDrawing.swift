import DiligenceApp

/// A workflow drawn by the server as SVG, no script: its states one under the other (nested ones
/// indented inside their parent's box), and each transition as an arc on the right from the state
/// it leaves to the state it enters, numbered as in the table beside it. The SVG's label says what
/// it shows; the table holds the same data for every reader.
enum WorkflowDrawing {
    static let rowHeight = 34
    static let boxWidth = 230
    static let indent = 16

    static func svg(_ chart: WorkflowChart) -> String {
        let rows = Dictionary(uniqueKeysWithValues: chart.states.enumerated().map { ($1.path, $0) })
        let moving = chart.transitions.enumerated().filter {
            $0.element.to != nil && $0.element.to != $0.element.from
        }
        let arcSpace = 24 + 14 * min(moving.count, 40)
        let maxDepth = chart.states.map(\.depth).max() ?? 0
        let width = boxWidth + maxDepth * indent + arcSpace + 40
        let height = chart.states.count * rowHeight + 20
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-label="\(LifecycleDiagram.escape("Workflow \(chart.title): \(chart.states.count) states and \(chart.transitions.count) transitions, listed in the tables below"))">
            <defs><marker id="arrow-\(chart.id)" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#505a5f"/></marker></defs>
            """
        let right = boxWidth + maxDepth * indent + 12
        // Compound states: a box around their descendants.
        for (index, state) in chart.states.enumerated()
        where state.kind == "compound" || state.kind == "parallel" {
            let last =
                chart.states.indices.last { chart.states[$0].path.hasPrefix(state.path + "/") } ?? index
            let x = 4 + state.depth * indent
            let y = 10 + index * rowHeight
            svg += """
                <rect x="\(x)" y="\(y)" width="\(right - x - 4)" height="\((last - index + 1) * rowHeight - 4)" rx="6" fill="none" stroke="#b1b4b6" stroke-width="1"\(state.kind == "parallel" ? " stroke-dasharray=\"5 3\"" : "")/>
                """
        }
        for (index, state) in chart.states.enumerated() {
            let x = 4 + state.depth * indent
            let y = 10 + index * rowHeight
            let atomic = state.kind == "atomic" || state.kind == "final"
            if atomic {
                svg += """
                    <rect x="\(x + 4)" y="\(y + 3)" width="\(right - x - 12)" height="\(rowHeight - 10)" rx="4" fill="#ffffff" stroke="#0b0c0c" stroke-width="\(state.kind == "final" ? 3 : 1)"/>
                    """
            }
            let label =
                RoleNames.sentence(state.id) + (state.isInitial ? " (start)" : "")
                + (state.kind == "final" ? " (end)" : "")
            svg += """
                <text x="\(x + 12)" y="\(y + 21)" font-family="system-ui, Arial, sans-serif" font-size="13" font-weight="\(atomic ? 400 : 700)" fill="#0b0c0c">\(LifecycleDiagram.escape(String(label.prefix(34))))</text>
                """
        }
        for (lane, item) in moving.prefix(40).enumerated() {
            let (number, transition) = item
            guard let from = rows[transition.from], let to = transition.to.flatMap({ rows[$0] }) else {
                continue
            }
            let x = right + 10 + lane * 14
            let y1 = 10 + from * rowHeight + rowHeight / 2 - 4
            let y2 = 10 + to * rowHeight + rowHeight / 2 + 4
            svg += """
                <path d="M\(right - 8) \(y1) H\(x) V\(y2) H\(right - 6)" fill="none" stroke="#505a5f" stroke-width="1.5" marker-end="url(#arrow-\(chart.id))"><title>\(number + 1): \(LifecycleDiagram.escape(RoleNames.sentence(transition.event ?? transition.trigger)))</title></path>
                <text x="\(x - 3)" y="\((y1 + y2) / 2 + 3)" font-family="system-ui, Arial, sans-serif" font-size="9" fill="#0b0c0c" stroke="#ffffff" stroke-width="3" paint-order="stroke">\(number + 1)</text>
                """
        }
        return svg + "</svg>"
    }
}
