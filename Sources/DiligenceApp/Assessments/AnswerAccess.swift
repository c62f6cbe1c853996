/// Whether an account may answer an assessment's self-assessment now, and, when it may not,
/// what its pages show instead: the layer decides, the front end only follows.
public enum AnswerAccess: Sendable, Hashable {
    /// The account's role may answer now.
    case open
    /// The account acts for the partner assessed, but answering is not open now (submitted, under
    /// review): it is shown where its assessment stands.
    case closed
    /// Answering is for other roles (`needed`, as the workflow names them): the account is refused.
    case otherRoles(needed: [String])
}
