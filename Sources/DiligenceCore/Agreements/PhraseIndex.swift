/// Every phrase of a catalogue compiled and indexed by its first word (exact words by the word,
/// prefixes by their first three letters), so a sentence is read once whatever the catalogue's size.
struct PhraseIndex: Sendable {
    struct Entry: Sendable {
        var clause: Int
        var element: Int
        var phrase: Int
        var pattern: PhrasePattern
    }

    let clauseCount: Int
    private var exact: [Substring: [Entry]] = [:]
    private var prefixed: [Substring: [Entry]] = [:]

    init(catalogue: ClauseCatalogue) {
        clauseCount = catalogue.clauses.count
        for (clauseIndex, clause) in catalogue.clauses.enumerated() {
            for (elementIndex, element) in clause.elements.enumerated() {
                for (phraseIndex, phrase) in element.phrases.enumerated() {
                    guard let pattern = PhrasePattern(phrase.text), let first = pattern.words.first else {
                        continue
                    }
                    let entry = Entry(
                        clause: clauseIndex, element: elementIndex, phrase: phraseIndex, pattern: pattern)
                    switch first {
                    case .exact(let word): exact[Substring(word), default: []].append(entry)
                    case .prefix(let start): prefixed[Substring(start.prefix(3)), default: []].append(entry)
                    }
                }
            }
        }
    }

    /// The phrases found in a folded sentence, in the order they start.
    func hits(in folded: String) -> [DetectedSentence.Hit] {
        let tokens = AgreementText.tokens(folded)
        var hits: [DetectedSentence.Hit] = []
        for position in tokens.indices {
            let token = tokens[position]
            for candidates in [exact[token], token.count >= 3 ? prefixed[token.prefix(3)] : nil] {
                for entry in candidates ?? [] {
                    let words = entry.pattern.words
                    guard position + words.count <= tokens.count else { continue }
                    var matched = true
                    for (offset, word) in words.enumerated() where !word.matches(tokens[position + offset]) {
                        matched = false
                        break
                    }
                    if matched {
                        hits.append(
                            DetectedSentence.Hit(
                                clause: entry.clause, element: entry.element, phrase: entry.phrase,
                                words: tokens[position..<position + words.count].joined(separator: " ")))
                    }
                }
            }
        }
        return hits
    }
}
