/// Which roles see allegation cases of their own partners only, and who assigns users to partners
/// (the `assignment:` section of `Assessments/allegation-confidentiality.yaml`).
///
/// A programme officer follows a handful of partners; the fact that a case exists at a partner
/// is shared with that partner's officers, not with every officer of the entity.
public struct OfficerAssignmentPolicy: Sendable, Equatable {
    /// Roles that see only the cases of partners their user is assigned to.
    public var ownPartnersOnly: Set<String>
    /// Roles that may assign and unassign users to partners.
    public var assignedBy: [String]
    /// Where `assigned_by` is written, for messages; `nil` for the default.
    public var assignedByLocation: SourceLocation?

    /// The default: no role restricted to its own partners, managers assign.
    public static let defaultAssigners = ["manager"]

    /// Creates a policy.
    public init(
        ownPartnersOnly: Set<String> = [], assignedBy: [String] = defaultAssigners,
        assignedByLocation: SourceLocation? = nil
    ) {
        self.ownPartnersOnly = ownPartnersOnly
        self.assignedBy = assignedBy
        self.assignedByLocation = assignedByLocation
    }

    /// Whether `role` may assign users to partners.
    public func mayAssign(_ role: String) -> Bool { assignedBy.contains(role) }
}
