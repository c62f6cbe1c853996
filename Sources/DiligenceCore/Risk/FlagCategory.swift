/// What a risk flag is about.
public enum FlagCategory: String, CaseIterable, Sendable, Codable {
    /// Reputational or ethical concerns.
    case reputational = "reputational_ethical"
    /// Financial concerns.
    case financial
    /// Operational concerns.
    case operational
    /// Compliance with the agreement or with policy (a late report, a missing clause).
    case compliance
    /// Sexual exploitation and abuse.
    case sexualExploitationAndAbuse = "sexual_exploitation_abuse"
    /// A safeguarding violation.
    case safeguarding = "safeguarding_violation"
    /// A match on a sanctions list.
    case sanctionsMatch = "sanctions_match"
    /// Anything else.
    case other
}
