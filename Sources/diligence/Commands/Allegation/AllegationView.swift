import DiligenceCore
import DiligenceStore

/// A case as one role may see it: only the fields whose class the role reads
/// (Assessments/allegation-confidentiality.yaml), restricted fields only once opened and logged.
struct AllegationView {
    var entry: AllegationCase
    var role: String
    var confidentiality: AllegationConfidentiality

    /// Every readable field with its value, in the classification's order.
    var fields: [(name: String, value: JSONValue)] {
        confidentiality.fields.compactMap { field in
            guard confidentiality.role(role, reads: field.class) else { return nil }
            if field.class == .restricted {
                guard let details = entry.restricted else { return nil }
                if field.name == "assistance" {
                    return (field.name, .array(details.assistance.map(\.json)))
                }
                return (field.name, details.texts[field.name].map(JSONValue.string) ?? .null)
            }
            return (field.name, value(of: field.name))
        }
    }

    /// Fields the role reads but that were not shown: restricted fields not asked for.
    var notShown: [String] {
        guard entry.restricted == nil, confidentiality.role(role, reads: .restricted) else { return [] }
        return confidentiality.fields.filter { $0.class == .restricted }.map(\.name)
    }

    private func value(of name: String) -> JSONValue {
        if name == "status" { return .string(entry.status) }
        if name == "incident" {
            return entry.record.incident.map { .string($0.description) } ?? .string("unknown")
        }
        if AllegationRecord.clearFields.contains(name) { return entry.record.json[name] ?? .null }
        return entry.instance.snapshot.context[name] ?? .null
    }

    /// `allegation show --json`.
    var json: JSONValue {
        .object([
            "id": .string(entry.id), "role": .string(role),
            "fields": .object(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.value) })),
            "restricted_shown": .bool(entry.restricted != nil),
            "not_shown": .array(notShown.map(JSONValue.string)),
        ])
    }

    /// The text of `allegation show`.
    var lines: [String] {
        var lines = ["\(entry.id): allegation (as \(role))"]
        let width = fields.map(\.name.count).max() ?? 0
        for (name, value) in fields {
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            switch value {
            case .array(let items) where name == "assistance":
                lines.append("  \(padded)  " + (items.isEmpty ? "none recorded" : ""))
                for item in items {
                    lines.append(
                        "    \(item["date"]?.stringValue ?? "") \(item["type"]?.stringValue ?? "") \(item["status"]?.stringValue ?? "")"
                    )
                }
            case .object(let counts):
                let text = counts.keys.sorted().map { "\($0)=\(counts[$0].map(Self.display) ?? "")" }
                let empty = name == "victims" ? "not known" : "none"
                lines.append("  \(padded)  " + (text.isEmpty ? empty : text.joined(separator: ", ")))
            default:
                lines.append("  \(padded)  \(Self.display(value))")
            }
        }
        if !notShown.isEmpty {
            lines.append(
                "restricted details (\(notShown.joined(separator: ", "))) not shown; add --restricted to read them (the read is logged)"
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
