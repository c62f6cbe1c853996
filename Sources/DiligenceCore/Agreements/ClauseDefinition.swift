/// One PSEA clause of the catalogue (C1-C15) and the elements a paragraph must carry for it.
public struct ClauseDefinition: Hashable, Sendable {
    /// The clause id, such as `C5`.
    public var id: String
    /// What the clause says, in a line.
    public var title: String
    /// True when an agreement without it cannot be cleared.
    public var mandatory: Bool
    /// How much text the elements must be found in together.
    public var window: ClauseWindow
    /// The elements that must all be found (all of); each is found by any of its phrases.
    public var elements: [ClauseElement]
    /// Where the clause is declared.
    public var location: SourceLocation?
}

/// How much text the elements of a clause must be found in together.
public enum ClauseWindow: Hashable, Sendable, CustomStringConvertible {
    /// One paragraph (a list item and a table cell are paragraphs).
    case paragraph
    /// This many consecutive sentences of one section.
    case sentences(Int)
    /// The section (article) a sentence with every anchor is in, from that sentence to the
    /// section's end: definitions and details that follow a clause's core in its article.
    case section

    /// `paragraph`, `section` or `N sentences`.
    public var description: String {
        switch self {
        case .paragraph: "paragraph"
        case .sentences(let count): count == 1 ? "1 sentence" : "\(count) sentences"
        case .section: "section"
        }
    }
}

/// A named element of a clause ("reporting", "promptness"), found when any of its phrases is.
public struct ClauseElement: Hashable, Sendable {
    /// The element's name, shown when it is missing from a partial clause.
    public var name: String
    /// True for an element that shows the clause's topic: a window with every anchor but not every
    /// element makes the clause partial; without the anchors it is absent.
    public var anchor: Bool
    /// The phrases, any of which finds the element.
    public var phrases: [ClausePhrase]
    /// True when the element is a duty ("report", "refer", "survive") that a negation in front of
    /// it cancels (see ``ClauseNegation``); false for prohibitions and for qualifiers.
    public var negatable: Bool
    /// True when the element may be anywhere in the section (article) of the passage, not only in
    /// its window: "the obligations of this article survive" carries C12 when the article is
    /// about sexual exploitation and abuse, and not in an article on indemnification.
    public var inSection: Bool
    /// Phrases one of which must stand in the same part of a sentence (its list item) for a
    /// phrase of ``ClausePhrase/elsewhere`` to find the element there: corrective measures
    /// complete the duty to investigate where sexual exploitation or abuse is named beside them,
    /// not in an audit article (`elsewhere_with_any_of`). Empty when they need none.
    public var elsewhereWith: [ClausePhrase]

    /// Creates an element.
    public init(
        name: String, anchor: Bool, phrases: [ClausePhrase], negatable: Bool = false, inSection: Bool = false,
        elsewhereWith: [ClausePhrase] = []
    ) {
        self.name = name
        self.anchor = anchor
        self.phrases = phrases
        self.negatable = negatable
        self.inSection = inSection
        self.elsewhereWith = elsewhereWith
    }
}

/// A phrase in one language: words in order; a word ending in `*` matches any word it starts.
public struct ClausePhrase: Hashable, Sendable {
    /// The phrase as written in the catalogue.
    public var text: String
    /// Its language (ISO 639-1).
    public var language: String
    /// True when the phrase names its element on its own, so it finds the element anywhere in
    /// the document, in a passage apart from the clause's core: "personal data" in a data
    /// protection article completes record keeping stated in another (`elsewhere_any_of`).
    public var elsewhere: Bool
    /// True when the phrase finds its element only as a duty its sentence binds (see
    /// ``ClauseBinding``): "attend" counts in "the Partner shall ensure that its personnel attend
    /// training", not in "personnel are encouraged to attend training" (`bound_any_of`).
    public var bound: Bool

    /// Creates a phrase.
    public init(_ text: String, language: String = "en", elsewhere: Bool = false, bound: Bool = false) {
        self.text = text
        self.language = language
        self.elsewhere = elsewhere
        self.bound = bound
    }
}
