import Foundation
import Yams

/// Reads a composed YAML tree field by field, collecting every problem with its position instead
/// of stopping at the first.
struct NodeReader {
    /// The file being read.
    let file: String
    /// Problems found so far.
    var report = DefinitionReport()

    init(file: String) { self.file = file }

    /// The location of a node (the file's start when libyaml gave none).
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Where the text of a scalar starts: after the opening quote of a quoted scalar, on the next
    /// line for a block scalar.
    func contentLocation(of node: Node) -> SourceLocation {
        var location = self.location(of: node)
        guard case .scalar(let scalar) = node else { return location }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: location.column += 1
        case .literal, .folded:
            location.line += 1
            location.column = 1
        default: break
        }
        return location
    }

    mutating func error(_ code: DefinitionError.Code, _ message: String, at node: Node) {
        report.errors.append(DefinitionError(code, message, at: location(of: node)))
    }

    mutating func error(_ code: DefinitionError.Code, _ message: String, at location: SourceLocation) {
        report.errors.append(DefinitionError(code, message, at: location))
    }

    /// A mapping's entries in file order, with keys as text. Reports a non-mapping, non-text
    /// keys, keys outside `allowed` (with a suggestion) and repeated keys.
    mutating func entries(
        _ node: Node, what: String, allowed: [String]? = nil
    ) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error(
                .wrongType, "\(what) must be a mapping of `key: value` lines, not \(shape(of: node))",
                at: node)
            return nil
        }
        var result: [(key: String, keyNode: Node, value: Node)] = []
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                error(.wrongType, "keys in \(what) must be plain names", at: keyNode)
                continue
            }
            let key = keyScalar.string
            if let allowed, !allowed.contains(key) {
                error(.unknownKey, Self.unknownKeyMessage(key, in: what, allowed: allowed), at: keyNode)
                continue
            }
            if !seen.insert(key).inserted {
                error(.duplicateID, "\"\(key)\" appears twice in \(what)", at: keyNode)
                continue
            }
            result.append((key, keyNode, value))
        }
        return result
    }

    static func unknownKeyMessage(_ key: String, in what: String, allowed: [String]) -> String {
        var message = "unknown key \"\(key)\" in \(what)"
        if let suggestion = Suggestion.closest(to: key, among: allowed) {
            message += "; did you mean \"\(suggestion)\"?"
        } else {
            message += "; allowed keys are " + allowed.joined(separator: ", ")
        }
        return message
    }

    /// The items of a sequence; reports anything else.
    mutating func items(_ node: Node, what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error(
                .wrongType, "\(what) must be a list (lines starting with \"- \"), not \(shape(of: node))",
                at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A scalar's text; reports a mapping or a list.
    mutating func text(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(.wrongType, "\(what) must be a single value, not \(shape(of: node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// A name: text made of letters, digits, `_`, `-` and `.`, starting with a letter.
    mutating func name(_ node: Node, what: String) -> String? {
        guard let value = text(node, what: what) else { return nil }
        guard Self.isName(value) else {
            error(
                .invalidValue,
                "\(what) \"\(value)\" must start with a letter and use only letters, digits, \"_\", \"-\" and \".\"",
                at: node)
            return nil
        }
        return value
    }

    static func isName(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return value.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
    }

    /// A whole number.
    mutating func integer(_ node: Node, what: String) -> Int? {
        guard let value = text(node, what: what) else { return nil }
        guard let number = Int(value) else {
            error(.wrongType, "\(what) must be a whole number, not \"\(value)\"", at: node)
            return nil
        }
        return number
    }

    /// `true` or `false`.
    mutating func boolean(_ node: Node, what: String) -> Bool? {
        guard let value = text(node, what: what) else { return nil }
        switch value {
        case "true", "True", "yes": return true
        case "false", "False", "no": return false
        default:
            error(.wrongType, "\(what) must be true or false, not \"\(value)\"", at: node)
            return nil
        }
    }

    /// A list of names; a single name is taken as a list of one.
    mutating func names(_ node: Node, what: String) -> [(String, Node)]? {
        if case .scalar = node { return name(node, what: what).map { [($0, node)] } }
        guard let items = items(node, what: what) else { return nil }
        return items.compactMap { item in name(item, what: what).map { ($0, item) } }
    }

    /// A duration (`30d`, `6mo`, `P6M`).
    mutating func duration(_ node: Node, what: String) -> CalendarDuration? {
        guard let value = text(node, what: what) else { return nil }
        guard let duration = CalendarDuration(value) else {
            if CalendarDuration.isTooLong(value) {
                error(
                    .invalidValue, "\(what) \"\(value)\" is too long; \(CalendarDuration.maximumWording)",
                    at: node)
                return nil
            }
            error(
                .invalidValue,
                "\(what) \"\(value)\" is not a duration; write it as 30d, 2w, 12h, 6mo, 5y or ISO-8601 such as P30D",
                at: node)
            return nil
        }
        return duration
    }

    /// True for a plain `null`, `~` or empty scalar.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
            return false
        }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// "a mapping", "a list", "a single value": for messages.
    func shape(of node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): "the value \"\(scalar.string)\""
        case .alias: "an alias"
        }
    }
}
