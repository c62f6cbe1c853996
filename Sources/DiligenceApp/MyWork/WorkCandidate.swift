import Foundation

/// A record whose current state waits on some role: what my work is chosen from, whoever asks.
struct WorkCandidate: Sendable {
    var subject: String
    var kind: String
    var partner: String
    var partnerName: String
    var standing: [String]
    /// The steps waiting, each with the roles that may take it.
    var steps: [(event: String, roles: [String])]
    var dueAt: Date?
}
