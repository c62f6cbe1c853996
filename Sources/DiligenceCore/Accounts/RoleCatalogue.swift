/// Every role an account can hold, declared once (`Assessments/roles.yaml`): what it is for, who
/// holds it (UN staff, a partner's own staff, administrators) and which operator acts it allows.
///
/// Workflows, the allegation confidentiality file and the accounts refer to these roles by id;
/// `diligence check` refuses a role that is not declared here.
public struct RoleCatalogue: Sendable {
    /// The declared roles, in file order.
    public var roles: [DeclaredRole]
    /// The file the roles were read from.
    public var file: String
    /// The file's text, kept in the database beside the account rows of the log made under it.
    public var source: String
    /// SHA-256 of ``source``: the account rows of the log are pinned to it.
    public var hash: String

    /// Creates a catalogue.
    public init(roles: [DeclaredRole], file: String, source: String) {
        self.roles = roles
        self.file = file
        self.source = source
        self.hash = ContentHash.sha256(source)
    }

    /// The role with this id; `nil` when none is declared.
    public func role(_ id: String) -> DeclaredRole? {
        roles.first { $0.id == id }
    }

    /// The ids of the declared roles, in file order.
    public var ids: [String] { roles.map(\.id) }

    /// The roles that allow `act`, in file order.
    public func roles(allowing act: OperatorAct) -> [DeclaredRole] {
        roles.filter { $0.allows.contains(act) }
    }
}

/// One role of the roles file.
public struct DeclaredRole: Sendable, Hashable {
    /// The role's id (`programme_officer`), as workflows and accounts name it.
    public var id: String
    /// What the role does, for people.
    public var description: String
    /// Who holds it.
    public var holder: RoleHolder
    /// The operator acts the role allows beyond the workflows' events.
    public var allows: Set<OperatorAct> = []
    /// Where it is declared.
    public var location: SourceLocation
}

/// Who holds a role.
public enum RoleHolder: String, Sendable, Hashable, CaseIterable, Codable {
    /// Staff of the UN entity: their accounts carry a scope (countries or offices).
    case unStaff = "un_staff"
    /// Staff of an implementing partner: their accounts are tied to one partner and see only its
    /// records.
    case partner
    /// Those who run the installation: accounts, deadlines.
    case administrator
}

/// An act of running the installation that a role may allow, outside any workflow.
public enum OperatorAct: String, Sendable, Hashable, CaseIterable, Codable {
    /// Create accounts, grant and revoke their roles, disable them (`diligence user`).
    case manageAccounts = "manage_accounts"
    /// Fire due deadlines (`diligence tick`).
    case fireDeadlines = "fire_deadlines"
}
