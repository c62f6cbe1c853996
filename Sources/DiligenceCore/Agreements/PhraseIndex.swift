/// Every phrase of a catalogue compiled and indexed by a hash of its first word (exact words by
/// the whole word, prefixes by their first three letters), so a sentence is read once whatever the
/// catalogue's size and each word costs two integer lookups. The negation rules' cues, exceptions
/// and scope ends are indexed the same way, as markers.
struct PhraseIndex: Sendable {
    /// What an indexed phrase is.
    enum Kind: Sendable {
        /// A phrase of an element of a clause.
        case element(clause: Int, element: Int, phrase: Int, negatable: Bool)
        /// A negation cue, an exception to the cues, or a word that ends a negation's reach.
        case marker(MarkerKind)
    }

    /// The negation markers.
    enum MarkerKind: Sendable {
        case cue, exception, scopeEnd, condition
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

    let clauseCount: Int
    /// The catalogue's languages; a hit's language is an index into it.
    let languages: [String]
    /// How far a cue reaches, in words between it and the duty.
    let reach: Int
    /// True when the catalogue has negation cues and negatable elements.
    let negates: Bool
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
        for (clauseIndex, clause) in catalogue.clauses.enumerated() {
            for (elementIndex, element) in clause.elements.enumerated() {
                for (phraseIndex, phrase) in element.phrases.enumerated() {
                    add(
                        phrase,
                        .element(
                            clause: clauseIndex, element: elementIndex, phrase: phraseIndex,
                            negatable: element.negatable))
                }
            }
        }
        guard negates else { return }
        let negation = catalogue.negation
        for (phrases, kind) in [
            (negation.cues, MarkerKind.cue), (negation.exceptions, .exception),
            (negation.scopeEnds, .scopeEnd), (negation.conditions, .condition),
        ] {
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

    /// The phrases and negation markers found in a sentence's words, in the order they start.
    func hits(in words: FoldedWords) -> (hits: [DetectedSentence.Hit], markers: [Marker]) {
        var hits: [DetectedSentence.Hit] = []
        var markers: [Marker] = []
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
                    case .element(let clause, let element, let phrase, let negatable):
                        hits.append(
                            DetectedSentence.Hit(
                                clause: clause, element: element, phrase: phrase, language: entry.language,
                                words: range, negatable: negatable))
                    case .marker(let kind):
                        markers.append(Marker(kind: kind, language: entry.language, words: range))
                    }
                }
            }
        }
        return (hits, markers)
    }
}
