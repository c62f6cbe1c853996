import Foundation
import Yams

/// Turns `Assessments/training-policy.yaml` into a checked ``TrainingPolicy``, or reports every
/// problem with its `file:line:column`. Every key is optional; one left out keeps the default
/// of ``TrainingPolicy/standard``.
public enum TrainingPolicyLoader {
    static let topKeys = ["training_policy"]
    static let policyKeys = [
        "renewal_period", "coverage_threshold", "categories", "contact_with_beneficiaries_only",
    ]

    /// Loads the policy from a file's text. The policy is `nil` when there is any error.
    public static func load(file: String, text: String) -> (TrainingPolicy?, DefinitionReport) {
        YAMLSource.load(file: file, text: text, with: load(_:))
    }

    /// Loads the policy from a composed file.
    static func load(_ source: YAMLSource) -> (TrainingPolicy?, DefinitionReport) {
        var reader = NodeReader(file: source.file)
        var policy = TrainingPolicy.standard
        policy.file = source.file
        guard
            let root = reader.root(
                of: source, ifEmpty: "this training policy file is empty; it needs a training_policy: mapping"
            )
        else {
            return (nil, reader.report)
        }
        guard let top = reader.entries(root, what: "the training policy file", allowed: topKeys) else {
            return (nil, reader.report)
        }
        guard let body = top.first(where: { $0.key == "training_policy" })?.value else {
            reader.error(
                .missingKey, "the training policy file needs a \"training_policy:\" mapping", at: root)
            return (nil, reader.report)
        }
        let entries = reader.entries(body, what: "training_policy", allowed: policyKeys) ?? []
        for (key, _, value) in entries {
            switch key {
            case "renewal_period":
                guard let period = reader.duration(value, what: "renewal_period") else { continue }
                if period.months <= 0, period.seconds < 86_400 {
                    reader.error(.invalidValue, "renewal_period must be at least one day", at: value)
                } else {
                    policy.renewalPeriod = period
                }
            case "coverage_threshold":
                if let threshold = readThreshold(value, reader: &reader) {
                    policy.coverageThreshold = threshold
                }
            case "categories":
                if let categories = readCategories(value, reader: &reader) { policy.categories = categories }
            default:
                if let only = reader.boolean(value, what: key) { policy.contactWithBeneficiariesOnly = only }
            }
        }
        return (reader.report.isValid ? policy : nil, reader.report)
    }

    private static func readThreshold(_ node: Node, reader: inout NodeReader) -> Decimal? {
        guard let text = reader.text(node, what: "coverage_threshold") else { return nil }
        guard case .decimal(let threshold) = try? Value.parse(text, as: .decimal), threshold > 0,
            threshold <= 1
        else {
            reader.error(
                .invalidValue,
                "coverage_threshold \"\(text)\" must be a share above 0 and at most 1, such as 1 (everyone) or 0.85",
                at: node)
            return nil
        }
        return threshold
    }

    private static func readCategories(_ node: Node, reader: inout NodeReader) -> [PersonnelCategory]? {
        guard let items = reader.items(node, what: "categories") else { return nil }
        if items.isEmpty {
            reader.error(
                .missingKey,
                "categories is empty; name at least one of "
                    + PersonnelCategory.names.joined(separator: ", "), at: node)
            return nil
        }
        var categories: [PersonnelCategory] = []
        var valid = true
        for item in items {
            guard let name = reader.text(item, what: "a personnel category") else {
                valid = false
                continue
            }
            guard let category = PersonnelCategory(rawValue: name) else {
                var message = "\"\(name)\" is not a personnel category"
                if let suggestion = Suggestion.closest(to: name, among: PersonnelCategory.names) {
                    message += "; did you mean \"\(suggestion)\"?"
                } else {
                    message += "; use " + PersonnelCategory.names.joined(separator: ", ")
                }
                reader.error(.invalidValue, message, at: item)
                valid = false
                continue
            }
            if categories.contains(category) {
                reader.error(.duplicateID, "\"\(name)\" is listed twice in categories", at: item)
                valid = false
                continue
            }
            categories.append(category)
        }
        return valid ? categories : nil
    }
}
