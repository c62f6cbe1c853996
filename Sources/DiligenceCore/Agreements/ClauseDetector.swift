/// Finds the clauses of a catalogue in an agreement. Pure and deterministic: the same document
/// and catalogue give the same findings, in catalogue order. Phrases are compiled once, when the
/// detector is made; detection reads each sentence's words once.
///
/// A clause is found in a window of sentences (``ClauseWindow``) when its anchors, the elements
/// that name its topic, are found together in one sentence of the window and the other elements
/// in the window, all in one language: a French phrase never completes an English passage
/// ("informe*" would find "informed"). A duty a negation cancels does not count; a passage that
/// would carry the clause but for a negation makes the finding absent, with the negation shown.
/// An element with phrases of its own (``ClausePhrase/elsewhere``) completes a passage from
/// anywhere in the document, with a phrase of ``ClauseElement/elsewhereWith`` beside it when the
/// element has some, and the finding names both places. A phrase that counts only as a duty
/// (``ClausePhrase/bound``) counts where its sentence binds it (``ClauseBinding``).
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
        let headings = DetectedSentence.headingMasks(of: document, index: index)
        return catalogue.clauses.enumerated().map { clauseIndex, clause in
            finding(for: clause, at: clauseIndex, in: sentences, headings: headings, document: document)
        }
    }

    /// A window that carries a clause, fully, partly or but for a negation.
    private struct Candidate {
        var mask: UInt64
        var range: Range<Int>
        var slot: Int
        var negated: UInt64 = 0
        /// Further passages that carry the clause's core and the elements the first one lacks.
        var extra: [Range<Int>] = []
        /// Per further passage, the elements it adds (a bit per element).
        var adds: [UInt64] = []
    }

    private func finding(
        for clause: ClauseDefinition, at clauseIndex: Int, in sentences: [DetectedSentence],
        headings: [[UInt64]], document: AgreementDocument
    ) -> ClauseFinding {
        let all: UInt64 = clause.elements.count >= 64 ? .max : (1 << UInt64(clause.elements.count)) - 1
        var anchors: UInt64 = 0
        var sectionWide: UInt64 = 0
        for (bit, element) in clause.elements.enumerated() {
            if element.anchor { anchors |= 1 << UInt64(bit) }
            if element.inSection { sectionWide |= 1 << UInt64(bit) }
        }
        var present: Candidate?
        var partial: Candidate?
        var negatedFull: Candidate?
        var negatedPartial: Candidate?
        var cores: [Candidate] = []
        let languageCount = index.languages.count
        search: for language in 0..<languageCount {
            let slot = clauseIndex * languageCount + language
            // The elements each section states as its subject (in its heading or opening
            // paragraphs), for those that may be found there.
            var sectionMasks: [Int: UInt64] = [:]
            if sectionWide != 0 {
                for sentence in sentences where sentence.opening && sentence.masks[slot] & sectionWide != 0 {
                    sectionMasks[sentence.section, default: 0] |= sentence.masks[slot] & sectionWide
                }
                for (section, masks) in headings.enumerated() where masks[slot] & sectionWide != 0 {
                    sectionMasks[section, default: 0] |= masks[slot] & sectionWide
                }
            }
            for range in windows(clause.window, sentences, slot: slot) {
                var mask: UInt64 = 0
                var negated: UInt64 = 0
                var core = false
                var negatedCore = false
                for position in range {
                    let sentence = sentences[position]
                    mask |= sentence.masks[slot]
                    negated |= sentence.negatedMasks[slot]
                    core = core || sentence.masks[slot] & anchors == anchors
                    negatedCore =
                        negatedCore
                        || (sentence.masks[slot] | sentence.negatedMasks[slot]) & anchors == anchors
                }
                if let first = range.first { mask |= sectionMasks[sentences[first].section] ?? 0 }
                negated &= ~mask
                if core { cores.append(Candidate(mask: mask, range: range, slot: slot)) }
                if core, mask == all {
                    let tight = trimmed(
                        range, sentences, slot: slot, all: all,
                        section: range.first.map { sectionMasks[sentences[$0].section] ?? 0 } ?? 0)
                    if present == nil || tight.count < present!.range.count {
                        present = Candidate(mask: mask, range: tight, slot: slot)
                    }
                    if tight.count == 1 { break search }
                    continue
                }
                if core, partial == nil || mask.nonzeroBitCount > partial!.mask.nonzeroBitCount {
                    partial = Candidate(mask: mask, range: range, slot: slot)
                }
                if negated != 0, negatedCore {
                    let candidate = Candidate(mask: mask, range: range, slot: slot, negated: negated)
                    if mask | negated == all {
                        if negatedFull == nil { negatedFull = candidate }
                    } else if negatedPartial == nil {
                        negatedPartial = candidate
                    }
                }
            }
        }
        let names = clause.elements.map(\.name)
        if present == nil { present = Self.assembled(cores, all: all) }
        if present == nil { present = completedElsewhere(cores, clause, clauseIndex, sentences, all: all) }
        if let present { return evidence(.present, present, clause, clauseIndex, sentences, document) }
        if let negatedFull { return evidence(.absent, negatedFull, clause, clauseIndex, sentences, document) }
        if let partial { return evidence(.partial, partial, clause, clauseIndex, sentences, document) }
        if let negatedPartial {
            return evidence(.absent, negatedPartial, clause, clauseIndex, sentences, document)
        }
        return ClauseFinding(
            clause: clause.id, title: clause.title, mandatory: clause.mandatory, status: .absent,
            missing: names)
    }

    /// A clause whose elements are spread over passages of one language that each carry its core
    /// (every anchor in one sentence), as long articles of lettered obligations spread them: the
    /// passage with the most elements, then up to two more that add the elements it lacks; `nil`
    /// when they do not make the whole clause.
    private static func assembled(_ cores: [Candidate], all: UInt64) -> Candidate? {
        var best: Candidate?
        for slot in Set(cores.map(\.slot)).sorted() {
            let passages = cores.filter { $0.slot == slot }
            guard var chosen = passages.max(by: { $0.mask.nonzeroBitCount < $1.mask.nonzeroBitCount })
            else { continue }
            for _ in 0..<2 where chosen.mask != all {
                let missing = all & ~chosen.mask
                guard
                    let next = passages.max(by: {
                        ($0.mask & missing).nonzeroBitCount < ($1.mask & missing).nonzeroBitCount
                    }), next.mask & missing != 0
                else { break }
                chosen.mask |= next.mask
                chosen.extra.append(next.range)
                chosen.adds.append(next.mask & missing)
            }
            if chosen.mask == all, best == nil { best = chosen }
        }
        return best
    }

    /// A clause whose core passage lacks only elements that a phrase of their own finds apart,
    /// anywhere in the document (record keeping in one article, personal data in another): the
    /// core passage with the most elements, completed by the first sentence of its language that
    /// names each missing element, with beside it, in the same part of the sentence, a phrase of
    /// the element's ``ClauseElement/elsewhereWith`` when it has some (corrective measures where
    /// sexual exploitation or abuse has occurred); `nil` when no core passage can be completed so.
    private func completedElsewhere(
        _ cores: [Candidate], _ clause: ClauseDefinition, _ clauseIndex: Int, _ sentences: [DetectedSentence],
        all: UInt64
    ) -> Candidate? {
        guard !cores.isEmpty, clause.elements.contains(where: { $0.phrases.contains(where: \.elsewhere) })
        else { return nil }
        let languageCount = index.languages.count
        // Per language slot and element, the first sentence where a phrase of its own finds it.
        var first: [Int: [Int: Int]] = [:]
        for (position, sentence) in sentences.enumerated() {
            for hit in sentence.hits
            where hit.clause == clauseIndex && !hit.negated
                && clause.elements[hit.element].phrases[hit.phrase].elsewhere
                && (hit.accompanied || clause.elements[hit.element].elsewhereWith.isEmpty)
            {
                let slot = clauseIndex * languageCount + hit.language
                guard sentence.masks[slot] & (1 << UInt64(hit.element)) != 0,
                    first[slot]?[hit.element] == nil
                else { continue }
                first[slot, default: [:]][hit.element] = position
            }
        }
        for core in cores.sorted(by: { $0.mask.nonzeroBitCount > $1.mask.nonzeroBitCount }) {
            var completed = core
            for bit in clause.elements.indices where completed.mask & (1 << UInt64(bit)) == 0 {
                guard let position = first[core.slot]?[bit] else { break }
                completed.mask |= 1 << UInt64(bit)
                if let known = completed.extra.firstIndex(where: { $0.contains(position) }) {
                    completed.adds[known] |= 1 << UInt64(bit)
                } else if !core.range.contains(position) {
                    completed.extra.append(position..<position + 1)
                    completed.adds.append(1 << UInt64(bit))
                }
            }
            if completed.mask == all { return completed }
        }
        return nil
    }

    /// `range` narrowed to the fewest sentences that still hold every element, from both ends.
    private func trimmed(
        _ range: Range<Int>, _ sentences: [DetectedSentence], slot: Int, all: UInt64, section: UInt64
    ) -> Range<Int> {
        func mask(_ range: Range<Int>) -> UInt64 {
            range.reduce(section) { $0 | sentences[$1].masks[slot] }
        }
        var lower = range.lowerBound
        var upper = range.upperBound
        while upper - lower > 1, mask(lower + 1..<upper) == all { lower += 1 }
        while upper - lower > 1, mask(lower..<upper - 1) == all { upper -= 1 }
        return lower..<upper
    }

    /// The finding a candidate window makes: its excerpt starts at the sentence its location
    /// names, the first of the window with one of the clause's phrases.
    private func evidence(
        _ status: ClauseStatus, _ candidate: Candidate, _ clause: ClauseDefinition, _ clauseIndex: Int,
        _ sentences: [DetectedSentence], _ document: AgreementDocument
    ) -> ClauseFinding {
        let slot = candidate.slot
        let first =
            candidate.range.first { sentences[$0].masks[slot] | sentences[$0].negatedMasks[slot] != 0 }
            ?? candidate.range.lowerBound
        let last =
            candidate.range.last { sentences[$0].masks[slot] | sentences[$0].negatedMasks[slot] != 0 }
            ?? first
        let range = first..<last + 1
        let passages = [range] + candidate.extra
        var matches: [PhraseMatch] = []
        for (bit, element) in clause.elements.enumerated() where candidate.mask & (1 << UInt64(bit)) != 0 {
            let section = sentences[first].section
            let searched =
                element.inSection
                ? passages.flatMap { $0 } + sentences.indices.filter { sentences[$0].section == section }
                : passages.flatMap { $0 }
            let hit = searched.lazy.compactMap {
                sentences[$0].hits.first {
                    $0.clause == clauseIndex && $0.element == bit && !$0.negated
                        && clauseIndex * index.languages.count + $0.language == slot
                }
            }
            .first
            if let hit {
                let phrase = element.phrases[hit.phrase]
                matches.append(
                    PhraseMatch(
                        element: element.name, phrase: phrase.text, language: phrase.language,
                        matched: hit.matched))
            }
        }
        let language = slot % index.languages.count
        let negation =
            candidate.negated == 0
            ? nil
            : range.lazy.compactMap {
                sentences[$0].negations.first { $0.clause == clauseIndex && $0.language == language }?.text
            }.first
        let lead = sentences[first]
        let section = document.sections[lead.section]
        // The lowest confidence of every passage the finding rests on, further ones included.
        let confidences = passages.joined().compactMap { sentences[$0].ocrConfidence }
        return ClauseFinding(
            clause: clause.id, title: clause.title, mandatory: clause.mandatory, status: status,
            excerpt: Self.excerpt(
                [range.map { sentences[$0].text }.joined(separator: " ")]
                    + zip(candidate.extra, candidate.adds).map {
                        further(passage: $0, adds: $1, sentences, clauseIndex: clauseIndex, slot: slot)
                    }),
            location: lead.location,
            section: section.heading, sectionNumber: section.number, paragraphNumber: lead.number,
            furtherLocations: candidate.extra.map { passage in
                sentences[passage.first { sentences[$0].masks[slot] != 0 } ?? passage.lowerBound].location
            },
            ocrConfidence: confidences.min(), matches: matches,
            missing: clause.elements.enumerated().filter { candidate.mask & (1 << UInt64($0.offset)) == 0 }
                .map(\.element.name), negation: negation)
    }

    /// The windows of sentences to look in, in document order: a window of sentences starts at a
    /// sentence with one of the clause's phrases in the language of `slot`.
    private func windows(_ window: ClauseWindow, _ sentences: [DetectedSentence], slot: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < sentences.count {
            switch window {
            case .paragraph:
                var end = start
                var any = false
                while end < sentences.count, sentences[end].paragraph == sentences[start].paragraph {
                    any = any || sentences[end].masks[slot] | sentences[end].negatedMasks[slot] != 0
                    end += 1
                }
                if any { result.append(start..<end) }
                start = end
            case .sentences(let count):
                guard sentences[start].masks[slot] | sentences[start].negatedMasks[slot] != 0 else {
                    start += 1
                    continue
                }
                var end = start
                while end < sentences.count, end - start < count,
                    sentences[end].section == sentences[start].section
                {
                    end += 1
                }
                result.append(start..<end)
                start += 1
            case .section:
                guard sentences[start].masks[slot] | sentences[start].negatedMasks[slot] != 0 else {
                    start += 1
                    continue
                }
                var end = start
                while end < sentences.count, sentences[end].section == sentences[start].section { end += 1 }
                result.append(start..<end)
                start += 1
            }
        }
        return result
    }

    /// A further passage's text for the excerpt: a passage of one sentence starts a few words
    /// before the first phrase of an element it adds (`adds`, a bit per element), or else of the
    /// clause, so a long sentence shows what it adds.
    private func further(
        passage: Range<Int>, adds: UInt64, _ sentences: [DetectedSentence], clauseIndex: Int, slot: Int
    ) -> String {
        let text = passage.map { sentences[$0].text }.joined(separator: " ")
        guard passage.count == 1, let sentence = passage.first.map({ sentences[$0] }) else { return text }
        let hits = sentence.hits.filter {
            $0.clause == clauseIndex && !$0.negated
                && clauseIndex * index.languages.count + $0.language == slot
        }
        let added = hits.filter { adds & (1 << UInt64($0.element)) != 0 }
        guard
            let hit = (added.isEmpty ? hits : added).min(by: { $0.words.lowerBound < $1.words.lowerBound }),
            hit.words.lowerBound > Self.wordsBeforePhrase,
            let start = Self.start(ofWord: hit.words.lowerBound - Self.wordsBeforePhrase, in: text)
        else { return text }
        return "..." + text[start...]
    }

    /// How many words before its phrase a further passage's excerpt starts.
    static let wordsBeforePhrase = 6

    /// Where word `number` (0-based; words are runs of letters and digits, as in
    /// ``FoldedWords``) starts in `text`.
    static func start(ofWord number: Int, in text: String) -> String.Index? {
        var count = -1
        var inWord = false
        for index in text.indices {
            let isWord = text[index].isLetter || text[index].isNumber
            if isWord, !inWord {
                count += 1
                if count == number { return index }
            }
            inWord = isWord
        }
        return nil
    }

    /// The passages' text, joined by " [...] ", at most about 400 characters.
    static func excerpt(_ texts: [String]) -> String {
        let share = 400 / max(texts.count, 1)
        let cut =
            texts.count == 1
            ? texts : texts.map { $0.count > share ? String($0.prefix(share - 3)) + "..." : $0 }
        let joined = cut.joined(separator: " [...] ")
        guard joined.count > 400 else { return joined }
        return String(joined.prefix(397)) + "..."
    }
}
