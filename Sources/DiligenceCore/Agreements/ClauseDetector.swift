/// Finds the clauses of a catalogue in an agreement. Pure and deterministic: the same document
/// and catalogue give the same findings, in catalogue order. Phrases are compiled once, when the
/// detector is made; detection reads each sentence's words once.
public struct ClauseDetector: Sendable {
    /// The catalogue it detects.
    public let catalogue: ClauseCatalogue
    private let index: PhraseIndex

    /// Compiles the catalogue's phrases.
    public init(catalogue: ClauseCatalogue) {
        self.catalogue = catalogue
        index = PhraseIndex(catalogue: catalogue)
    }

    /// One finding per clause of the catalogue, in catalogue order. `progress`, when given, is
    /// told the paragraphs read so far and their number as detection goes.
    public func findings(
        in document: AgreementDocument, progress: ((_ paragraphs: Int, _ of: Int) -> Void)? = nil
    ) -> [ClauseFinding] {
        let sentences = DetectedSentence.sentences(of: document, index: index, progress: progress)
        return catalogue.clauses.enumerated().map { clauseIndex, clause in
            finding(for: clause, at: clauseIndex, in: sentences, document: document)
        }
    }

    private func finding(
        for clause: ClauseDefinition, at clauseIndex: Int, in sentences: [DetectedSentence],
        document: AgreementDocument
    ) -> ClauseFinding {
        let all: UInt64 = clause.elements.count >= 64 ? .max : (1 << UInt64(clause.elements.count)) - 1
        var anchors: UInt64 = 0
        for (bit, element) in clause.elements.enumerated() where element.anchor {
            anchors |= 1 << UInt64(bit)
        }
        var best: (mask: UInt64, range: Range<Int>)?
        for range in windows(clause.window, sentences) {
            var mask: UInt64 = 0
            for position in range { mask |= sentences[position].masks[clauseIndex] }
            guard mask & anchors == anchors else { continue }
            if mask == all {
                best = (mask, range)
                break
            }
            if best == nil || mask.nonzeroBitCount > best!.mask.nonzeroBitCount { best = (mask, range) }
        }
        let names = clause.elements.map(\.name)
        guard let (mask, range) = best else {
            return ClauseFinding(
                clause: clause.id, title: clause.title, mandatory: clause.mandatory, status: .absent,
                missing: names)
        }
        var matches: [PhraseMatch] = []
        for (bit, element) in clause.elements.enumerated() where mask & (1 << UInt64(bit)) != 0 {
            let hit = range.lazy.compactMap {
                sentences[$0].hits.first { $0.clause == clauseIndex && $0.element == bit }
            }
            .first
            if let hit {
                let phrase = element.phrases[hit.phrase]
                matches.append(
                    PhraseMatch(
                        element: element.name, phrase: phrase.text, language: phrase.language,
                        matched: hit.words))
            }
        }
        let firstHit = range.first { sentences[$0].masks[clauseIndex] != 0 } ?? range.lowerBound
        let lead = sentences[firstHit]
        return ClauseFinding(
            clause: clause.id, title: clause.title, mandatory: clause.mandatory,
            status: mask == all ? .present : .partial,
            excerpt: Self.excerpt(range.map { sentences[$0].text }),
            location: lead.location, section: document.sections[lead.section].heading, matches: matches,
            missing: clause.elements.enumerated().filter { mask & (1 << UInt64($0.offset)) == 0 }.map(
                \.element.name))
    }

    /// The windows of sentences to look in, in document order.
    private func windows(_ window: ClauseWindow, _ sentences: [DetectedSentence]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < sentences.count {
            switch window {
            case .paragraph:
                var end = start
                while end < sentences.count, sentences[end].paragraph == sentences[start].paragraph {
                    end += 1
                }
                result.append(start..<end)
                start = end
            case .sentences(let count):
                var end = start
                while end < sentences.count, end - start < count,
                    sentences[end].section == sentences[start].section
                {
                    end += 1
                }
                if sentences[start].masks.contains(where: { $0 != 0 }) { result.append(start..<end) }
                start += 1
            }
        }
        return result
    }

    static func excerpt(_ texts: [String]) -> String {
        let joined = texts.joined(separator: " ")
        guard joined.count > 400 else { return joined }
        return String(joined.prefix(397)) + "..."
    }
}
