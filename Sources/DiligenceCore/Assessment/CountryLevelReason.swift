/// Why an international NGO is assessed at country level instead of through its headquarters'
/// assessment, as UNICEF's eTools records it on a PSEA assessment (its `INGO_REASONS`).
public enum CountryLevelReason: String, CaseIterable, Hashable, Sendable {
    /// The organisation is decentralised: its country office runs its own PSEA systems.
    case decentralised
    /// An allegation of sexual exploitation or abuse concerns the country office.
    case seaAllegation = "sea_allegation"
    /// The global PSEA policy is not implemented in the country.
    case globalPolicyNotImplemented = "global_policy_not_implemented"
    /// The country office works in a high-risk context.
    case highRiskContext = "high_risk_context"

    /// The names commands and documents use, in order.
    public static let names = allCases.map(\.rawValue)

    /// The reason in words ("the global PSEA policy is not implemented in the country").
    public var phrase: String {
        switch self {
        case .decentralised: "the organisation is decentralised"
        case .seaAllegation: "an allegation of sexual exploitation or abuse"
        case .globalPolicyNotImplemented: "the global PSEA policy is not implemented in the country"
        case .highRiskContext: "a high-risk context"
        }
    }

    /// The reason named `name`; refused, with the names and a hint, for any other text.
    public init(named name: String) throws(CountryLevelReasonError) {
        guard let reason = CountryLevelReason(rawValue: name) else {
            throw CountryLevelReasonError(
                name: name, suggestion: Suggestion.closest(to: name, among: Self.names))
        }
        self = reason
    }
}

/// A country-level reason that is not one of ``CountryLevelReason``'s names.
public struct CountryLevelReasonError: Error, Hashable, Sendable {
    /// What was given.
    public var name: String
    /// The closest name, if one is close.
    public var suggestion: String?

    /// Creates the error.
    public init(name: String, suggestion: String?) {
        self.name = name
        self.suggestion = suggestion
    }

    /// What is wrong, for the person who typed it.
    public var explanation: String {
        "\"\(name)\" is not a reason for assessing an international NGO at country level; use "
            + CountryLevelReason.names.joined(separator: ", ")
            + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
    }
}
