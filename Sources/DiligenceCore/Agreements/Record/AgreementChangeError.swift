/// Why a change does not fit an agreement. Nothing is written for it.
public enum AgreementChangeError: Error, Hashable, Sendable {
    /// No clause with this id in the catalogue the current version was read with.
    case unknownClause(String, suggestion: String?, known: [String])
    /// The text a decision needs (a waiver's reason, an amendment's note) is missing.
    case missing(ClauseDecisionKind, clause: String)
    /// The clause was not found present; confirming it needs a note saying where it is.
    case confirmationNeedsNote(clause: String, status: ClauseStatus, version: Int)
    /// A decision's text (a waiver's reason, any other decision's note) is longer than allowed.
    case tooLong(ClauseDecisionKind, limit: Int)

    /// What is wrong, front-end-neutral (front ends name the inputs their own way).
    public var explanation: String {
        switch self {
        case .unknownClause(let id, let suggestion, let known):
            "\"\(id)\" is not a clause of this agreement's catalogue"
                + (suggestion.map { "; did you mean \($0)?" }
                    ?? "; the clauses are \(known.first ?? "")-\(known.last ?? "")")
        case .missing(let kind, let clause):
            "\(Self.text(of: kind)) is required: \(Self.needed(kind, clause: clause))"
        case .confirmationNeedsNote(let clause, let status, let version):
            "\(clause) was found \(status.rawValue) in version \(version); to confirm it anyway, say in a note where the agreement carries it"
        case .tooLong(let kind, let limit):
            "the \(Self.text(of: kind)) is longer than \(limit) characters"
        }
    }

    /// What the text of a decision is: a waiver's reason, or a note.
    public static func text(of kind: ClauseDecisionKind) -> String {
        kind == .waived ? "reason" : "note"
    }

    /// What the missing text of a decision must say.
    public static func needed(_ kind: ClauseDecisionKind, clause: String) -> String {
        kind == .waived ? "say why \(clause) may be waived" : "say what the partner must change in \(clause)"
    }
}
