import DiligenceCore
public import DiligenceStore

extension DiligenceService {
    /// The outbox for an administrator (an account allowed to manage accounts): every message,
    /// newest first, or those of `status`; skipped rows say why an account was not written to,
    /// failed ones the server's refusal.
    public func outbox(status: OutboxMessage.Status? = nil, by actor: AuthenticatedActor) async throws
        -> [OutboxMessage]
    {
        try require(.manageAccounts, by: actor)
        return try store.outboxMessages(status: status)
    }
}
