public import DiligenceCore

extension DiligenceService {
    /// The roles an account may be given, in the roles file's order, for an administrator's
    /// forms: each with who holds it (a partner's staff, UN staff, administrators).
    public func declaredRoles(by actor: AuthenticatedActor) async throws -> [DeclaredRole] {
        try require(.manageAccounts, by: actor)
        return try roles.roles
    }
}
