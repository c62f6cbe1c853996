/// Why a change does not fit an agreement. Nothing is written for it.
public enum AgreementChangeError: Error, Hashable, Sendable {
    /// No clause with this id in the catalogue the current version was read with.
    case unknownClause(String, suggestion: String?, known: [String])
    /// A note or reason the decision needs is missing.
    case missing(flag: String, what: String)
    /// The clause was not found present; confirming it needs a note saying where it is.
    case confirmationNeedsNote(clause: String, status: ClauseStatus, version: Int)
    /// A note or reason is longer than allowed.
    case tooLong(flag: String, limit: Int)

    /// What is wrong, for the person at the terminal.
    public var explanation: String {
        switch self {
        case .unknownClause(let id, let suggestion, let known):
            "\"\(id)\" is not a clause of this agreement's catalogue"
                + (suggestion.map { "; did you mean \($0)?" }
                    ?? "; the clauses are \(known.first ?? "")-\(known.last ?? "")")
        case .missing(let flag, let what):
            "\(flag) is required: \(what)"
        case .confirmationNeedsNote(let clause, let status, let version):
            "\(clause) was found \(status.rawValue) in version \(version); to confirm it anyway, say with --note where the agreement carries it"
        case .tooLong(let flag, let limit):
            "\(flag) is longer than \(limit) characters"
        }
    }
}
