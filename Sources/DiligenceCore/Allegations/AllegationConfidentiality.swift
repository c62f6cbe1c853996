/// Which fields of an allegation are restricted, case or aggregate, and which roles read which
/// class (`Assessments/allegation-confidentiality.yaml`). A role the matrix does not name reads
/// nothing.
public struct AllegationConfidentiality: Sendable {
    /// Every classified field, in file order.
    public var fields: [(name: String, class: FieldClass)]
    /// The classes each role reads.
    public var roles: [String: Set<FieldClass>]
    /// The file it was read from; `nil` for ``standard``.
    public var file: String?
    /// Where each field is classified, for messages about workflow fields.
    public var locations: [String: SourceLocation] = [:]
    /// Where each role of the matrix is named, for messages about undeclared roles.
    public var roleLocations: [String: SourceLocation] = [:]
    /// Who sees which partners' cases: roles that see only the cases of partners they are
    /// assigned to, and the roles that assign them.
    public var assignment = OfficerAssignmentPolicy()

    /// Creates a classification.
    public init(
        fields: [(name: String, class: FieldClass)], roles: [String: Set<FieldClass>], file: String? = nil
    ) {
        self.fields = fields
        self.roles = roles
        self.file = file
    }

    /// The class of a field; `nil` when it is not classified.
    public func fieldClass(_ name: String) -> FieldClass? {
        fields.first { $0.name == name }?.class
    }

    /// The classes `role` reads (empty for a role the matrix does not name).
    public func classes(readBy role: String) -> Set<FieldClass> { roles[role] ?? [] }

    /// Whether `role` reads fields of `fieldClass`.
    public func role(_ role: String, reads fieldClass: FieldClass) -> Bool {
        classes(readBy: role).contains(fieldClass)
    }

    /// Whether `role` reads the field `name` (an unclassified field is read by nobody).
    public func role(_ role: String, readsField name: String) -> Bool {
        fieldClass(name).map { self.role(role, reads: $0) } ?? false
    }

    /// Whether `role` sees only the cases of the partners its user is assigned to.
    public func seesAssignedPartnersOnly(_ role: String) -> Bool {
        assignment.ownPartnersOnly.contains(role)
    }

    /// The roles that read `fieldClass`, sorted.
    public func roles(reading fieldClass: FieldClass) -> [String] {
        roles.filter { $0.value.contains(fieldClass) }.keys.sorted()
    }

    /// The classification shipped in `Assessments/allegation-confidentiality.yaml`, used when the
    /// folder has no such file.
    public static let standard: AllegationConfidentiality = {
        var standard = AllegationConfidentiality(
            fields: standardFields,
            roles: [
                "psea_focal_point": [.restricted, .case, .aggregate], "programme_officer": [.case],
                "manager": [.aggregate],
            ])
        standard.assignment = OfficerAssignmentPolicy(ownPartnersOnly: ["programme_officer"])
        return standard
    }()

    private static var standardFields: [(name: String, class: FieldClass)] {
        var fields: [(name: String, class: FieldClass)] = []
        for name in AllegationRecord.clearFields {
            let isCase = name == "partner" || AllegationRecord.caseFields.contains(name)
            fields.append((name, isCase ? .case : .aggregate))
        }
        for name in AllegationRecord.restrictedFields { fields.append((name, .restricted)) }
        let workflowFields = [
            "status", "report_due_on", "report_within", "reported_on", "reported_late",
            "investigating_entity",
            "outcome", "interim_actions", "final_actions", "criminal_referral", "paternity_claim",
            "closing_note",
            "consent", "consent_on",
        ]
        for name in workflowFields { fields.append((name, .case)) }
        return fields
    }
}
