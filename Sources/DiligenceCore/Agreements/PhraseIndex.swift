/// Every phrase of a catalogue compiled and indexed by a hash of its first word (exact words by
/// the whole word, prefixes by their first three letters), so a sentence is read once whatever the
/// catalogue's size and each word costs two integer lookups.
struct PhraseIndex: Sendable {
    struct Entry: Sendable {
        var clause: Int
        var element: Int
        var phrase: Int
        var pattern: PhrasePattern
    }

    let clauseCount: Int
    private var exact: [UInt64: [Entry]] = [:]
    private var prefixed: [UInt64: [Entry]] = [:]

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
                    case .exact(let word): exact[FoldedWords.hash(word), default: []].append(entry)
                    case .prefix(let start):
                        prefixed[FoldedWords.hash(start.prefix(3)), default: []].append(entry)
                    }
                }
            }
        }
    }

    /// The phrases found in a sentence, in the order they start.
    func hits(in sentence: String) -> [DetectedSentence.Hit] {
        let words = FoldedWords(sentence)
        var hits: [DetectedSentence.Hit] = []
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
                    if matched {
                        hits.append(
                            DetectedSentence.Hit(
                                clause: entry.clause, element: entry.element, phrase: entry.phrase,
                                words: words.text(position..<position + pattern.count)))
                    }
                }
            }
        }
        return hits
    }
}
