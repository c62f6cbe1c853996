import Foundation
import Yams

/// Turns `Assessments/allegation-confidentiality.yaml` into a checked
/// ``AllegationConfidentiality``, or reports every problem with its `file:line:column`.
///
/// Every field of the allegation record must be classified; the restricted fields (narrative,
/// victim and perpetrator details, assistance) must stay restricted, because they are the ones
/// sealed at rest, and no other record field may be restricted, because it is kept in the clear.
/// Other names are fields of the allegation workflow, checked against it once every file is loaded.
public enum AllegationConfidentialityLoader {
    static let topKeys = ["allegation_confidentiality"]
    static let bodyKeys = ["fields", "roles", "assignment"]
    static let requiredKeys = ["fields", "roles"]
    static let assignmentKeys = ["own_partners_only", "assigned_by"]

    /// Loads the classification from a file's text. It is `nil` when there is any error.
    public static func load(file: String, text: String) -> (AllegationConfidentiality?, DefinitionReport) {
        YAMLSource.load(file: file, text: text, with: load(_:))
    }

    /// Loads the classification from a composed file.
    static func load(_ source: YAMLSource) -> (AllegationConfidentiality?, DefinitionReport) {
        var reader = NodeReader(file: source.file)
        guard
            let root = reader.root(
                of: source, ifEmpty: "this file is empty; it needs an allegation_confidentiality: mapping"),
            let top = reader.entries(root, what: "the allegation confidentiality file", allowed: topKeys)
        else { return (nil, reader.report) }
        guard let body = top.first(where: { $0.key == "allegation_confidentiality" })?.value,
            let entries = reader.entries(body, what: "allegation_confidentiality", allowed: bodyKeys)
        else { return (nil, reader.report) }
        let byKey = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for key in requiredKeys where byKey[key] == nil {
            reader.error(.missingKey, "allegation_confidentiality needs \"\(key):\"", at: body)
        }
        guard let fieldsEntry = byKey["fields"], let rolesEntry = byKey["roles"] else {
            return (nil, reader.report)
        }
        var result = AllegationConfidentiality(fields: [], roles: [:], file: source.file)
        readFields(fieldsEntry.value, key: fieldsEntry.keyNode, into: &result, reader: &reader)
        readRoles(rolesEntry.value, into: &result, reader: &reader)
        if let assignment = byKey["assignment"] {
            readAssignment(assignment.value, into: &result, reader: &reader)
        }
        return (reader.report.isValid ? result : nil, reader.report)
    }

    private static func fieldClass(_ node: Node, what: String, reader: inout NodeReader) -> FieldClass? {
        guard let name = reader.text(node, what: what) else { return nil }
        guard let fieldClass = FieldClass(rawValue: name) else {
            let hint = Suggestion.closest(to: name, among: FieldClass.names).map {
                "; did you mean \"\($0)\"?"
            }
            reader.error(
                .invalidValue,
                "\"\(name)\" is not a class of confidentiality"
                    + (hint ?? "; use " + FieldClass.names.joined(separator: ", ")), at: node)
            return nil
        }
        return fieldClass
    }

    private static func readFields(
        _ node: Node, key: Node, into result: inout AllegationConfidentiality, reader: inout NodeReader
    ) {
        guard let entries = reader.entries(node, what: "fields") else { return }
        for (name, keyNode, value) in entries {
            guard NodeReader.isName(name) else {
                reader.error(.invalidValue, "\"\(name)\" is not a field name", at: keyNode)
                continue
            }
            guard let fieldClass = fieldClass(value, what: "the class of \(name)", reader: &reader) else {
                continue
            }
            if AllegationRecord.restrictedFields.contains(name), fieldClass != .restricted {
                reader.error(
                    .invalidValue,
                    "\(name) may identify a victim/survivor and is encrypted at rest; it must stay restricted",
                    at: value)
                continue
            }
            if !AllegationRecord.restrictedFields.contains(name), fieldClass == .restricted {
                reader.error(
                    .invalidValue,
                    "\(name) is kept in the clear, so it cannot be restricted; only "
                        + AllegationRecord.restrictedFields.joined(separator: ", ")
                        + " are encrypted. Put identifying details in narrative, victim_details or perpetrator_details",
                    at: value)
                continue
            }
            result.fields.append((name, fieldClass))
            result.locations[name] = reader.location(of: keyNode)
        }
        let given = Set(entries.map(\.key))
        let required: [String] = AllegationRecord.clearFields + AllegationRecord.restrictedFields + ["status"]
        let missing = required.filter { !given.contains($0) }
        if !missing.isEmpty {
            reader.error(
                .missingKey,
                "every field of an allegation must be classified; add " + missing.joined(separator: ", "),
                at: key)
        }
    }

    private static func readRoles(
        _ node: Node, into result: inout AllegationConfidentiality, reader: inout NodeReader
    ) {
        guard let entries = reader.entries(node, what: "roles") else { return }
        for (role, keyNode, value) in entries {
            guard NodeReader.isName(role) else {
                reader.error(.invalidValue, "\"\(role)\" is not a role name", at: keyNode)
                continue
            }
            var classes = Set<FieldClass>()
            let items: [Node]
            if case .scalar = value {
                items = reader.isNull(value) ? [] : [value]
            } else {
                items = reader.items(value, what: "the classes \(role) reads") ?? []
            }
            for item in items {
                guard let fieldClass = fieldClass(item, what: "a class \(role) reads", reader: &reader) else {
                    continue
                }
                if !classes.insert(fieldClass).inserted {
                    reader.error(.duplicateID, "\(fieldClass.rawValue) is listed twice for \(role)", at: item)
                }
            }
            result.roles[role] = classes
            result.roleLocations[role] = reader.location(of: keyNode)
        }
    }

    /// `assignment: {own_partners_only: [roles], assigned_by: [roles]}`: the roles restricted to
    /// their own partners must be roles of the matrix that read cases.
    private static func readAssignment(
        _ node: Node, into result: inout AllegationConfidentiality, reader: inout NodeReader
    ) {
        guard let entries = reader.entries(node, what: "assignment", allowed: assignmentKeys) else { return }
        for (key, keyNode, value) in entries {
            let names = reader.isNull(value) ? [] : reader.names(value, what: "the roles of \(key)") ?? []
            var seen = Set<String>()
            for (name, item) in names where !seen.insert(name).inserted {
                reader.error(.duplicateID, "\(name) is listed twice under \(key)", at: item)
            }
            switch key {
            case "own_partners_only":
                for (role, item) in names where !(result.roles[role]?.contains(.case) ?? false) {
                    reader.error(
                        .unknownRole,
                        result.roles[role] == nil
                            ? "\(role) is not under roles:, so it reads no case at all; list it there first"
                            : "\(role) does not read cases (the case class), so limiting it to its own partners changes nothing",
                        at: item)
                }
                result.assignment.ownPartnersOnly = Set(names.map(\.0))
            default:
                if names.isEmpty {
                    reader.error(
                        .missingKey, "assigned_by needs at least one role that assigns officers to partners",
                        at: keyNode)
                }
                result.assignment.assignedBy = names.map(\.0)
                result.assignment.assignedByLocation = reader.location(of: keyNode)
            }
        }
    }
}
