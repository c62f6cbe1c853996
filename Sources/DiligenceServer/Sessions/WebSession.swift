import Foundation

/// What a signed-in browser's session keeps: who signed in, in which role they act now, when
/// they signed in (a password changed later ends the session) and when they were last seen (for
/// the idle timeout).
struct WebSession: Codable, Sendable, Hashable {
    var account: String
    var role: String
    var signedInAt: Date
    var lastSeenAt: Date
}
