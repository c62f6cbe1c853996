public import Foundation

/// A successful sign-in: who, in which role, and whether a new password must be chosen first.
public struct SignedIn: Sendable, Hashable {
    /// The account and the role it starts in (its first role; it may switch to another it holds).
    public var actor: AuthenticatedActor
    /// The password was set by an administrator: the account must choose its own before anything.
    public var mustChangePassword: Bool
    /// When the password was set: a session that started before a later change ends.
    public var passwordSetAt: Date
    /// The log's head when the session was checked (``DiligenceService/readingAt(_:_:)``).
    public var logHead = 0
}
