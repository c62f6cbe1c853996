import DiligenceApp
import DiligenceCore

/// The terminal's rendering of a case as the application layer lets a role see it.
enum AllegationText {
    /// The text of `allegation show`.
    static func lines(_ view: AllegationCaseView) -> [String] {
        var lines = ["\(view.id): allegation (as \(view.role))"]
        let width = view.fields.map(\.name.count).max() ?? 0
        for field in view.fields {
            let padded = field.name.padding(toLength: width, withPad: " ", startingAt: 0)
            switch field.value {
            case .array(let items) where field.name == "assistance":
                lines.append("  \(padded)  " + (items.isEmpty ? "none recorded" : ""))
                for item in items {
                    lines.append(
                        "    \(item["date"]?.stringValue ?? "") \(item["type"]?.stringValue ?? "") \(item["status"]?.stringValue ?? "")"
                    )
                }
            case .object(let counts):
                let text = counts.keys.sorted().map { "\($0)=\(counts[$0].map(display) ?? "")" }
                let empty = field.name == "victims" ? "not known" : "none"
                lines.append("  \(padded)  " + (text.isEmpty ? empty : text.joined(separator: ", ")))
            default:
                lines.append("  \(padded)  \(display(field.value))")
            }
        }
        if !view.notShown.isEmpty {
            lines.append(
                "restricted details (\(view.notShown.joined(separator: ", "))) not shown; add --restricted to read them (the read is logged)"
            )
        }
        return lines
    }

    static func display(_ value: JSONValue) -> String {
        switch value {
        case .null: "-"
        case .string(let text): text
        case .bool(let flag): flag ? "yes" : "no"
        case .int(let number): String(number)
        case .array(let items): items.isEmpty ? "-" : items.map(display).joined(separator: "; ")
        case .object: value.canonicalText
        }
    }
}
