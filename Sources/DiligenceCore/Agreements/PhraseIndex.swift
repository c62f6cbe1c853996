/// Every phrase of a catalogue compiled and indexed by a hash of its first word (exact words by
/// the whole word, prefixes by their first three letters), so a sentence is read once whatever the
/// catalogue's size and each word costs two integer lookups. The negation rules' cues, exceptions
/// and scope ends, and the binding rules' duties and invitations, are indexed the same way, as
/// markers; so are the phrases that must stand beside a phrase found apart (`elsewhere_with_any_of`).
struct PhraseIndex: Sendable {
    /// What an indexed phrase is.
    enum Kind: Sendable {
        /// A phrase of an element of a clause.
        case element(clause: Int, element: Int, phrase: Int, negatable: Bool, bound: Bool)
        /// A negation cue, an exception to the cues, a word that ends a negation's reach, a duty or
        /// an invitation.
        case marker(MarkerKind)
        /// A phrase that must stand beside an element's phrases found apart.
        case context(clause: Int, element: Int)
    }

    /// The negation and binding markers.
    enum MarkerKind: Sendable {
        case cue, exception, scopeEnd, condition, duty, invitation
    }

    struct Entry: Sendable {
        var kind: Kind
        var language: Int
        var pattern: PhrasePattern
    }

    /// A negation marker found in a sentence: its kind, language and words.
    struct Marker {
        var kind: MarkerKind
        var language: Int
        var words: Range<Int>
    }

    /// A phrase of an element's `elsewhere_with_any_of` found in a sentence.
    struct Context {
        var clause: Int
        var element: Int
        var language: Int
        var words: Range<Int>
    }

    let clauseCount: Int
    /// The catalogue's languages; a hit's language is an index into it.
    let languages: [String]
    /// How far a cue reaches, in words between it and the duty.
    let reach: Int
    /// True when the catalogue has negation cues and negatable elements.
    let negates: Bool
    /// True when the catalogue has phrases that count only as a duty, and duties to bind them.
    let binds: Bool
    private var exact: [UInt64: [Entry]] = [:]
    private var prefixed: [UInt64: [Entry]] = [:]

    init(catalogue: ClauseCatalogue) {
        clauseCount = catalogue.clauses.count
        var languages = catalogue.languages
        for phrase in catalogue.clauses.flatMap({ $0.elements.flatMap(\.phrases) })
        where !languages.contains(phrase.language) {
            languages.append(phrase.language)
        }
        self.languages = languages
        reach = catalogue.negation.reach
        negates =
            !catalogue.negation.cues.isEmpty
            && catalogue.clauses.contains { $0.elements.contains(where: \.negatable) }
        binds =
            !catalogue.binding.duties.isEmpty
            && catalogue.clauses.contains { $0.elements.contains { $0.phrases.contains(where: \.bound) } }
        for (clauseIndex, clause) in catalogue.clauses.enumerated() {
            for (elementIndex, element) in clause.elements.enumerated() {
                for (phraseIndex, phrase) in element.phrases.enumerated() {
                    add(
                        phrase,
                        .element(
                            clause: clauseIndex, element: elementIndex, phrase: phraseIndex,
                            negatable: element.negatable, bound: phrase.bound))
                }
                for phrase in element.elsewhereWith {
                    add(phrase, .context(clause: clauseIndex, element: elementIndex))
                }
            }
        }
        var markers: [([ClausePhrase], MarkerKind)] = []
        if negates || binds {
            let negation = catalogue.negation
            markers += [
                (negation.cues, .cue), (negation.exceptions, .exception), (negation.scopeEnds, .scopeEnd),
                (negation.conditions, .condition),
            ]
        }
        if binds {
            markers += [(catalogue.binding.duties, .duty), (catalogue.binding.invitations, .invitation)]
        }
        for (phrases, kind) in markers {
            for phrase in phrases where languages.contains(phrase.language) { add(phrase, .marker(kind)) }
        }
    }

    private mutating func add(_ phrase: ClausePhrase, _ kind: Kind) {
        guard let pattern = PhrasePattern(phrase.text), let first = pattern.words.first,
            let language = languages.firstIndex(of: phrase.language)
        else { return }
        let entry = Entry(kind: kind, language: language, pattern: pattern)
        switch first {
        case .exact(let word): exact[FoldedWords.hash(word), default: []].append(entry)
        case .prefix(let start): prefixed[FoldedWords.hash(start.prefix(3)), default: []].append(entry)
        }
    }

    /// The phrases, markers and context phrases found in a sentence's words, in the order they start.
    func hits(in words: FoldedWords) -> (hits: [DetectedSentence.Hit], markers: [Marker], contexts: [Context])
    {
        var hits: [DetectedSentence.Hit] = []
        var markers: [Marker] = []
        var contexts: [Context] = []
        for position in 0..<words.count {
            let prefix = words.prefixHashes[position]
            for candidates in [exact[words.hashes[position]], prefix == 0 ? nil : prefixed[prefix]] {
                guard let candidates else { continue }
                for entry in candidates {
                    let pattern = entry.pattern.words
                    guard position + pattern.count <= words.count else { continue }
                    var matched = true
                    for (offset, word) in pattern.enumerated()
                    where !word.matches(words, at: position + offset) {
                        matched = false
                        break
                    }
                    guard matched else { continue }
                    let range = position..<position + pattern.count
                    switch entry.kind {
                    case .element(let clause, let element, let phrase, let negatable, let bound):
                        hits.append(
                            DetectedSentence.Hit(
                                clause: clause, element: element, phrase: phrase, language: entry.language,
                                words: range, negatable: negatable, bound: bound))
                    case .marker(let kind):
                        markers.append(Marker(kind: kind, language: entry.language, words: range))
                    case .context(let clause, let element):
                        contexts.append(
                            Context(clause: clause, element: element, language: entry.language, words: range))
                    }
                }
            }
        }
        return (hits, markers, contexts)
    }
}
