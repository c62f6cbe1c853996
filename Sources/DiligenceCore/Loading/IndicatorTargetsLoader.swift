import Foundation
import Yams

/// Turns `Assessments/indicators.yaml` into checked ``IndicatorTargets``, or reports every problem
/// with its `file:line:column`. Every key is optional; one left out keeps the default of
/// ``IndicatorTargets/standard``.
public enum IndicatorTargetsLoader {
    static let topKeys = ["indicators"]
    static let targetKeys = ["partners_assessed_target", "personnel_trained_target"]

    /// Loads the targets from a file's text. The targets are `nil` when there is any error.
    public static func load(file: String, text: String) -> (IndicatorTargets?, DefinitionReport) {
        YAMLSource.load(file: file, text: text, with: load(_:))
    }

    /// Loads the targets from a composed file.
    static func load(_ source: YAMLSource) -> (IndicatorTargets?, DefinitionReport) {
        var reader = NodeReader(file: source.file)
        var targets = IndicatorTargets.standard
        targets.file = source.file
        guard
            let root = reader.root(
                of: source, ifEmpty: "this indicators file is empty; it needs an indicators: mapping")
        else {
            return (nil, reader.report)
        }
        guard let top = reader.entries(root, what: "the indicators file", allowed: topKeys) else {
            return (nil, reader.report)
        }
        guard let body = top.first(where: { $0.key == "indicators" })?.value else {
            reader.error(.missingKey, "the indicators file needs an \"indicators:\" mapping", at: root)
            return (nil, reader.report)
        }
        for (key, _, value) in reader.entries(body, what: "indicators", allowed: targetKeys) ?? [] {
            guard let share = readShare(value, key: key, reader: &reader) else { continue }
            if key == "partners_assessed_target" {
                targets.partnersAssessed = share
            } else {
                targets.personnelTrained = share
            }
        }
        return (reader.report.isValid ? targets : nil, reader.report)
    }

    private static func readShare(_ node: Node, key: String, reader: inout NodeReader) -> Decimal? {
        guard let text = reader.text(node, what: key) else { return nil }
        guard case .decimal(let share) = try? Value.parse(text, as: .decimal), share > 0, share <= 1 else {
            reader.error(
                .invalidValue,
                "\(key) \"\(text)\" must be a share above 0 and at most 1, such as 0.85 for 85 %", at: node)
            return nil
        }
        return share
    }
}
