import Foundation
import Yams

/// Turns `Assessments/risk-rules.yaml` into checked ``RiskRules``, or reports every problem with
/// its `file:line:column`: unknown keys, repeated rule ids, unknown flag categories and levels,
/// and conditions that do not parse, do not type-check against ``PartnerFacts`` or are not a
/// true/false condition.
public enum RiskRuleLoader {
    static let topKeys = ["risk_rules"]
    static let ruleKeys = ["id", "description", "when", "flag", "reassess"]
    static let flagKeys = ["category", "level", "reason"]

    /// Loads risk rules from a file's text. The rules are `nil` when there is any error.
    public static func load(file: String, text: String) -> (RiskRules?, DefinitionReport) {
        YAMLSource.load(file: file, text: text, with: load(_:))
    }

    /// Loads risk rules from a composed file.
    static func load(_ source: YAMLSource) -> (RiskRules?, DefinitionReport) {
        var reader = NodeReader(file: source.file)
        guard
            let root = reader.root(
                of: source, ifEmpty: "this risk rules file is empty; it needs a risk_rules: list")
        else {
            return (nil, reader.report)
        }
        var rules: [RiskRule] = []
        if let top = reader.entries(root, what: "the risk rules file", allowed: topKeys) {
            if let list = top.first(where: { $0.key == "risk_rules" })?.value {
                var seen: [String: Int] = [:]
                for item in reader.items(list, what: "risk_rules") ?? [] {
                    if let rule = readRule(item, seen: &seen, reader: &reader) { rules.append(rule) }
                }
            } else {
                reader.error(.missingKey, "the risk rules file needs a \"risk_rules:\" list", at: root)
            }
        }
        guard reader.report.isValid else { return (nil, reader.report) }
        return (
            RiskRules(rules: rules, file: source.file, hash: ContentHash.sha256(source.text)), reader.report
        )
    }

    private static func readRule(_ node: Node, seen: inout [String: Int], reader: inout NodeReader)
        -> RiskRule?
    {
        guard let entries = reader.entries(node, what: "a risk rule", allowed: ruleKeys) else { return nil }
        let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let idNode = byKey["id"] else {
            reader.error(.missingKey, "a risk rule needs an \"id:\" line", at: node)
            return nil
        }
        guard let id = reader.name(idNode, what: "the rule id") else { return nil }
        if let line = seen[id] {
            reader.error(
                .duplicateID,
                "the rule id \"\(id)\" is used twice (first at line \(line)); each rule needs its own id",
                at: idNode)
            return nil
        }
        seen[id] = reader.location(of: idNode).line
        let description = byKey["description"].flatMap { reader.text($0, what: "a rule's description") }
        var condition: CompiledExpression?
        if let whenNode = byKey["when"] {
            if let source = reader.text(whenNode, what: "a rule's condition") {
                do {
                    condition = try ExpressionCompiler.compile(
                        source, at: reader.contentLocation(of: whenNode), in: PartnerFacts(), expecting: .bool
                    )
                } catch {
                    reader.report.errors.append(error)
                }
            }
        } else {
            reader.error(
                .missingKey, "rule \"\(id)\" needs a \"when:\" condition over the partner's facts", at: node)
        }
        var flag: RuleFlag?
        if let flagNode = byKey["flag"] {
            flag = readFlag(flagNode, rule: id, reader: &reader)
        } else {
            reader.error(
                .missingKey, "rule \"\(id)\" needs a \"flag:\" with category, level and reason", at: node)
        }
        let reassess = byKey["reassess"].flatMap { reader.boolean($0, what: "reassess") } ?? false
        guard let condition, let flag else { return nil }
        return RiskRule(
            id: id, description: description, condition: condition, flag: flag, reassess: reassess,
            location: reader.location(of: idNode))
    }

    private static func readFlag(_ node: Node, rule: String, reader: inout NodeReader) -> RuleFlag? {
        let what = "the flag of rule \"\(rule)\""
        guard let entries = reader.entries(node, what: what, allowed: flagKeys) else { return nil }
        let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let missing = flagKeys.filter { byKey[$0] == nil }
        if !missing.isEmpty {
            reader.error(.missingKey, "\(what) needs " + missing.joined(separator: ", "), at: node)
        }
        let category = byKey["category"].flatMap { categoryNode -> FlagCategory? in
            guard let name = reader.text(categoryNode, what: "a flag category") else { return nil }
            if let category = FlagCategory(rawValue: name) { return category }
            let names = FlagCategory.allCases.map(\.rawValue)
            reader.error(
                .invalidValue, "\"\(name)\" is not a flag category" + hint(name, among: names),
                at: categoryNode)
            return nil
        }
        let level = byKey["level"].flatMap { levelNode -> FlagLevel? in
            guard let name = reader.text(levelNode, what: "a flag level") else { return nil }
            let names = RuleFlag.ruleLevels.map(\.rawValue)
            if let level = FlagLevel(rawValue: name), RuleFlag.ruleLevels.contains(level) { return level }
            if FlagLevel(rawValue: name) != nil {
                reader.error(
                    .invalidValue,
                    "a rule raises observation, yellow or red flags, not \(name): escalation is a person's decision",
                    at: levelNode)
            } else {
                reader.error(
                    .invalidValue, "\"\(name)\" is not a flag level" + hint(name, among: names), at: levelNode
                )
            }
            return nil
        }
        let reason = byKey["reason"].flatMap { reader.text($0, what: "a flag's reason") }
        guard let category, let level, let reason else { return nil }
        return RuleFlag(category: category, level: level, reason: reason)
    }

    /// "; did you mean "x"?" or "; use a, b, c".
    private static func hint(_ word: String, among names: [String]) -> String {
        if let suggestion = Suggestion.closest(to: word, among: names) {
            return "; did you mean \"\(suggestion)\"?"
        }
        return "; use " + names.joined(separator: ", ")
    }
}
