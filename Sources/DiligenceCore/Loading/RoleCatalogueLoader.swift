import Foundation
import Yams

/// Turns `Assessments/roles.yaml` into a checked ``RoleCatalogue``, or reports every problem with
/// its `file:line:column`.
public enum RoleCatalogueLoader {
    static let topKeys = ["roles"]
    static let roleKeys = ["description", "held_by", "allows"]

    /// Loads the roles from a file's text. The catalogue is `nil` when there is any error.
    public static func load(file: String, text: String) -> (RoleCatalogue?, DefinitionReport) {
        YAMLSource.load(file: file, text: text, with: load(_:))
    }

    /// Loads the roles from a composed file.
    static func load(_ source: YAMLSource) -> (RoleCatalogue?, DefinitionReport) {
        var reader = NodeReader(file: source.file)
        guard
            let root = reader.root(of: source, ifEmpty: "this roles file is empty; it needs a roles: mapping")
        else {
            return (nil, reader.report)
        }
        guard let top = reader.entries(root, what: "the roles file", allowed: topKeys),
            let body = top.first(where: { $0.key == "roles" })?.value
        else {
            if reader.report.isValid {
                reader.error(.missingKey, "the roles file needs a \"roles:\" mapping", at: root)
            }
            return (nil, reader.report)
        }
        var roles: [DeclaredRole] = []
        for (id, keyNode, value) in reader.entries(body, what: "roles") ?? [] {
            guard NodeReader.isName(id) else {
                reader.error(
                    .invalidValue,
                    "the role id \"\(id)\" must start with a letter and use only letters, digits, \"_\", \"-\" and \".\"",
                    at: keyNode)
                continue
            }
            if id == SystemRole.name {
                reader.error(
                    .invalidValue,
                    "\"\(id)\" is the engine's own role (deadlines, rules); it is built in and cannot be declared",
                    at: keyNode)
                continue
            }
            if let role = readRole(id, value, at: reader.location(of: keyNode), reader: &reader) {
                roles.append(role)
            }
        }
        if roles.isEmpty, reader.report.isValid {
            reader.error(.missingKey, "the roles file declares no role", at: body)
        }
        if reader.report.isValid, !roles.contains(where: { $0.allows.contains(.manageAccounts) }) {
            reader.error(
                .missingKey,
                "no role allows manage_accounts, so nobody could create accounts; give a role (such as administrator) allows: [manage_accounts]",
                at: body)
        }
        return (
            reader.report.isValid ? RoleCatalogue(roles: roles, file: source.file, source: source.text) : nil,
            reader.report
        )
    }

    private static func readRole(
        _ id: String, _ node: Node, at location: SourceLocation, reader: inout NodeReader
    ) -> DeclaredRole? {
        guard let entries = reader.entries(node, what: "the role \(id)", allowed: roleKeys) else {
            return nil
        }
        var description: String?
        var holder: RoleHolder?
        var allows: Set<OperatorAct> = []
        for (key, _, value) in entries {
            switch key {
            case "description":
                description = reader.text(value, what: "description")
            case "held_by":
                guard let text = reader.text(value, what: "held_by") else { continue }
                guard let parsed = RoleHolder(rawValue: text) else {
                    let known = RoleHolder.allCases.map(\.rawValue)
                    let hint =
                        Suggestion.closest(to: text, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
                    reader.error(
                        .invalidValue,
                        "held_by \"\(text)\" is not one of \(known.joined(separator: ", "))\(hint)", at: value
                    )
                    continue
                }
                holder = parsed
            default:
                for (name, item) in reader.names(value, what: "allows") ?? [] {
                    guard let act = OperatorAct(rawValue: name) else {
                        let known = OperatorAct.allCases.map(\.rawValue)
                        let hint =
                            Suggestion.closest(to: name, among: known).map { "; did you mean \"\($0)\"?" }
                            ?? ""
                        reader.error(
                            .invalidValue,
                            "\"\(name)\" is not an act a role can allow; the acts are \(known.joined(separator: ", "))\(hint)",
                            at: item)
                        continue
                    }
                    allows.insert(act)
                }
            }
        }
        guard let description, !description.trimmingCharacters(in: .whitespaces).isEmpty else {
            reader.error(.missingKey, "the role \(id) needs a description: what its holders do", at: location)
            return nil
        }
        guard let holder else {
            reader.error(
                .missingKey,
                "the role \(id) needs held_by: un_staff, partner or administrator", at: location)
            return nil
        }
        return DeclaredRole(
            id: id, description: description, holder: holder, allows: allows, location: location)
    }
}
