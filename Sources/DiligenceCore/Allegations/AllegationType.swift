/// The type of an allegation, as UN public reporting counts it.
public enum AllegationType: String, CaseIterable, Sendable {
    /// Sexual exploitation: abuse of a position of vulnerability, power or trust for sexual purposes.
    case sexualExploitation = "sexual_exploitation"
    /// Sexual abuse: actual or threatened physical intrusion of a sexual nature.
    case sexualAbuse = "sexual_abuse"
    /// Another kind of sexual misconduct reported under the protocol.
    case other
    /// Not known when the allegation was received.
    case unknown

    /// The names commands and records use.
    public static let names = allCases.map(\.rawValue)
}

/// A group of victims/survivors by sex and age, as UN public reporting counts them. No group
/// identifies anyone: only the number of people in it is recorded.
public enum VictimGroup: String, CaseIterable, Sendable {
    /// Adult women.
    case women
    /// Girls (under 18, whatever local law says).
    case girls
    /// Adult men.
    case men
    /// Boys (under 18).
    case boys
    /// Sex or age not known.
    case unknown

    /// The names commands and records use.
    public static let names = allCases.map(\.rawValue)
}
