/// How a catalogue tells a duty from an invitation, for the phrases that find their element only
/// as a duty (``ClausePhrase/bound``): "the Partner shall ensure that its personnel attend
/// training" binds the partner to have its personnel trained; "personnel are encouraged to
/// attend training" or "may attend" does not.
///
/// A bound phrase counts when, in the part of its sentence before it (from the last `;` or `:`),
/// a duty ("shall", "must", "ensure", "se asegurará", "doit") stands, with no invitation ("may",
/// "encouraged", "pueden", "sont invités") anywhere in that part and no negation cue (the
/// catalogue's ``ClauseNegation``) between the first duty and the phrase.
public struct ClauseBinding: Hashable, Sendable {
    /// The words that bind what follows them as a duty, per language.
    public var duties: [ClausePhrase]
    /// The words that make what follows them an invitation or a possibility, per language.
    public var invitations: [ClausePhrase]

    /// Creates binding rules.
    public init(duties: [ClausePhrase], invitations: [ClausePhrase] = []) {
        self.duties = duties
        self.invitations = invitations
    }

    /// No binding rules: a bound phrase never counts.
    public static let none = ClauseBinding(duties: [])
}
