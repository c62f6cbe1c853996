public import DiligenceCore
import DiligenceStore

/// A case as one role may see it: only the fields whose class the role reads
/// (`Assessments/allegation-confidentiality.yaml`), restricted fields only once opened and logged.
public struct AllegationCaseView: Sendable, Hashable, Codable {
    /// One field of the case and its value.
    public struct Field: Sendable, Hashable, Codable {
        /// The field's name (`partner`, `status`, `narrative`).
        public var name: String
        /// Its value.
        public var value: JSONValue
    }

    /// `G-0001`.
    public var id: String
    /// The role the case is seen in.
    public var role: String
    /// Every field the role reads, in the classification's order.
    public var fields: [Field]
    /// Whether the restricted details were opened (and the read logged).
    public var restrictedShown: Bool
    /// Restricted fields the role reads but that were not asked for.
    public var notShown: [String]

    /// The value of a field, when the role reads it.
    public func value(_ name: String) -> JSONValue? { fields.first { $0.name == name }?.value }

    init(_ entry: AllegationCase, role: String, confidentiality: AllegationConfidentiality) {
        id = entry.id
        self.role = role
        restrictedShown = entry.restricted != nil
        fields = confidentiality.fields.compactMap { field in
            guard confidentiality.role(role, reads: field.class) else { return nil }
            if field.class == .restricted {
                guard let details = entry.restricted else { return nil }
                if field.name == "assistance" {
                    return Field(name: field.name, value: .array(details.assistance.map(\.json)))
                }
                return Field(
                    name: field.name, value: details.texts[field.name].map(JSONValue.string) ?? .null)
            }
            return Field(name: field.name, value: Self.value(of: field.name, in: entry))
        }
        notShown =
            entry.restricted == nil && confidentiality.role(role, reads: .restricted)
            ? confidentiality.fields.filter { $0.class == .restricted }.map(\.name) : []
    }

    private static func value(of name: String, in entry: AllegationCase) -> JSONValue {
        if name == "status" { return .string(entry.status) }
        if name == "incident" {
            return entry.record.incident.map { .string($0.description) } ?? .string("unknown")
        }
        if AllegationRecord.clearFields.contains(name) { return entry.record.json[name] ?? .null }
        return entry.instance.snapshot.context[name] ?? .null
    }

    enum CodingKeys: String, CodingKey {
        case id, role, fields
        case restrictedShown = "restricted_shown"
        case notShown = "not_shown"
    }
}
