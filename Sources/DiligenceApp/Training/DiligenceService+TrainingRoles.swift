import DiligenceCore

extension DiligenceService {
    /// Whether the account's role may record personnel, sessions and attendance sheets (a role
    /// of the training workflow); a partner's staff record their own partner's only.
    public func mayRecordTraining(_ actor: AuthenticatedActor) -> Bool {
        definitions.workflow(forSubject: TrainingKind.kind.subject)?.roles.contains { $0.id == actor.role }
            ?? false
    }
}
