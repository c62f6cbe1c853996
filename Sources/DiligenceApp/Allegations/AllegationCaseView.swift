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

    /// Reads a case; the fields come as one object, so they are read back in their names' order.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        role = try container.decode(String.self, forKey: .role)
        fields = try container.decode([String: JSONValue].self, forKey: .fields)
            .sorted { $0.key < $1.key }.map { Field(name: $0.key, value: $0.value) }
        restrictedShown = try container.decode(Bool.self, forKey: .restrictedShown)
        notShown = try container.decode([String].self, forKey: .notShown)
    }

    /// Writes the case as `allegation show --json` gives it: the fields as one object, by name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(role, forKey: .role)
        try container.encode(
            Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
            forKey: .fields)
        try container.encode(restrictedShown, forKey: .restrictedShown)
        try container.encode(notShown, forKey: .notShown)
    }
}
