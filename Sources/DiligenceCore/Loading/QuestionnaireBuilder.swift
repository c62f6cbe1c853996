import Foundation
import Yams

/// Builds a ``Questionnaire`` from a composed YAML tree: scales first, then the standards (whose
/// rating questions name scales), then the scoring model (which names scales, standards and
/// capacity levels) and the time rules.
struct QuestionnaireBuilder {
    var reader: NodeReader
    let text: String
    var scales: [RatingScale] = []
    var standards: [CoreStandard] = []
    var questionLines: [String: Int] = [:]
    /// The `shown_when:` of each question that has one, checked once every question is read.
    var conditionNodes: [(question: String, node: Node)] = []
    /// Where each level of each scale is declared, by scale id, for locating a missing weight.
    var levelLocations: [String: [SourceLocation]] = [:]
    /// Scales with a level that could not be read, so their sums would be wrong.
    var incompleteScales: Set<String> = []
    /// False when a standard could not be read, so counts and sums would be wrong.
    var standardsAreComplete = true

    init(file: String, text: String) {
        reader = NodeReader(file: file)
        self.text = text
    }

    /// A mapping's entries by key, with the mapping's node for locating missing keys.
    struct Properties {
        let node: Node
        let what: String
        let byKey: [String: (keyNode: Node, value: Node)]

        subscript(key: String) -> Node? { byKey[key]?.value }
    }

    /// Reads a mapping whose keys must be among `allowed`.
    mutating func properties(_ node: Node, what: String, allowed: [String]) -> Properties? {
        guard let entries = reader.entries(node, what: what, allowed: allowed) else { return nil }
        var byKey: [String: (keyNode: Node, value: Node)] = [:]
        for entry in entries where byKey[entry.key] == nil { byKey[entry.key] = (entry.keyNode, entry.value) }
        return Properties(node: node, what: what, byKey: byKey)
    }

    /// The value of a key that must be there; reports it missing at the mapping.
    mutating func required(_ key: String, in properties: Properties, hint: String = "") -> Node? {
        if let value = properties[key] { return value }
        reader.error(
            .missingKey, "\(properties.what) needs a \"\(key):\" line\(hint.isEmpty ? "" : "; \(hint)")",
            at: properties.node)
        return nil
    }

    mutating func build(_ root: Node) -> Questionnaire? {
        guard
            let top = properties(root, what: "the questionnaire file", allowed: QuestionnaireLoader.topKeys)
        else { return nil }
        let idNode = required("questionnaire", in: top)
        let id = idNode.flatMap { reader.name($0, what: "the questionnaire id") } ?? ""
        let version = top["version"].flatMap { reader.integer($0, what: "version") } ?? 1
        let title = top["title"].flatMap { reader.text($0, what: "title") } ?? id
        let description = top["description"].flatMap { reader.text($0, what: "description") }
        if let scalesNode = top["scales"] { readScales(scalesNode) }
        let errorsBeforeStandards = reader.report.errors.count
        if let standardsNode = required("standards", in: top) { readStandards(standardsNode) }
        checkConditions()
        standardsAreComplete = reader.report.errors.count == errorsBeforeStandards
        let scoring = required("scoring", in: top).flatMap { readScoring($0) }
        let timeRules = top["time"].map { readTimeRules($0) } ?? .standard
        guard reader.report.isValid, let scoring else { return nil }
        return Questionnaire(
            id: id, version: version, title: title, description: description, scales: scales,
            standards: standards, scoring: scoring, timeRules: timeRules, hash: ContentHash.sha256(text),
            file: reader.file, source: text,
            location: idNode.map { reader.location(of: $0) } ?? reader.location(of: root))
    }

    /// A named id that must not repeat among `seen` (id to the line it was first declared on).
    mutating func uniqueID(
        _ node: Node, what: String, seen: inout [String: Int], scope: String
    ) -> String? {
        guard let id = reader.name(node, what: what) else { return nil }
        if let line = seen[id] {
            reader.error(
                .duplicateID,
                "\(what) \"\(id)\" is used twice (first at line \(line)); \(what)s must be unique \(scope)",
                at: node)
            return nil
        }
        seen[id] = reader.location(of: node).line
        return id
    }

    /// A scale id that must be declared under `scales:`.
    mutating func scaleReference(_ node: Node, what: String) -> RatingScale? {
        guard let id = reader.name(node, what: what) else { return nil }
        if let scale = scales.first(where: { $0.id == id }) { return scale }
        var message = "\(what) \"\(id)\" is not declared under scales:"
        if let suggestion = Suggestion.closest(to: id, among: scales.map(\.id)) {
            message += "; did you mean \"\(suggestion)\"?"
        } else if !scales.isEmpty {
            message += "; the scales are " + scales.map(\.id).joined(separator: ", ")
        }
        reader.error(.unknownReference, message, at: node)
        return nil
    }

    /// A capacity level name: full, medium, low or none.
    mutating func capacityLevel(_ node: Node, what: String) -> CapacityLevel? {
        guard let name = reader.text(node, what: what) else { return nil }
        if let level = CapacityLevel(rawValue: name) { return level }
        let names = CapacityLevel.allCases.reversed().map(\.rawValue)
        var message = "\(what) \"\(name)\" is not a capacity level; use " + names.joined(separator: ", ")
        if let suggestion = Suggestion.closest(to: name, among: names) {
            message += " (did you mean \"\(suggestion)\"?)"
        }
        reader.error(.unknownReference, message, at: node)
        return nil
    }
}
