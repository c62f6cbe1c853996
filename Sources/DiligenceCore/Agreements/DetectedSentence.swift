/// A sentence of an agreement with the catalogue's phrases found in it.
struct DetectedSentence {
    /// One phrase found: which clause, element, phrase and language, and the words matched.
    struct Hit {
        var clause: Int
        var element: Int
        var phrase: Int
        var language: Int
        /// The words it matched, by position in the sentence.
        var words: Range<Int>
        /// True when its element is a duty a negation cancels.
        var negatable: Bool
        /// True when the phrase counts only as a duty its sentence binds (``ClauseBinding``).
        var bound = false
        /// True when a negation cancels it here.
        var negated = false
        /// True when a phrase of its element's ``ClauseElement/elsewhereWith`` stands in the same
        /// part of the sentence.
        var accompanied = false
        /// The words matched, folded.
        var matched = ""
    }

    /// A negation that cancels a clause's duty in this sentence, with the words from the cue to
    /// the duty ("not be required to report").
    struct Negation {
        var clause: Int
        var language: Int
        var text: String
    }

    var text: String
    var location: AgreementLocation
    /// The number of the paragraph the sentence is in, when it has one.
    var number: String?
    /// The OCR confidence of its paragraph, when it was read from a scan.
    var ocrConfidence: Double?
    var section: Int
    var paragraph: Int
    var hits: [Hit]
    /// Per clause and language (`clause * languages + language`), a bit per element found in this
    /// sentence and not negated.
    var masks: [UInt64]
    /// The same for the elements found only negated.
    var negatedMasks: [UInt64]
    var negations: [Negation]
    /// True in the first paragraphs of a section, where an article states its subject.
    var opening = false

    /// The sentences of a document, in order, with their hits; `progress` is told each paragraph read.
    static func sentences(
        of document: AgreementDocument, index: PhraseIndex, progress: ((Int, Int) -> Void)? = nil
    ) -> [DetectedSentence] {
        var result: [DetectedSentence] = []
        var paragraphNumber = 0
        var leadIn: LeadIn?
        let total = progress == nil ? 0 : document.sections.reduce(0) { $0 + $1.paragraphs.count }
        let languageCount = index.languages.count
        for (sectionIndex, section) in document.sections.enumerated() {
            for (place, paragraph) in section.paragraphs.enumerated() {
                paragraphNumber += 1
                progress?(paragraphNumber, total)
                let paragraphStart = result.count
                let texts = SentenceSplitter.sentences(AgreementText.prepare(paragraph.text))
                let style = paragraph.number.map(ListStyle.init)
                if leadIn != nil,
                    leadIn?.section != sectionIndex || style == nil
                        || (leadIn?.style != nil && leadIn?.style != style)
                {
                    leadIn = nil
                }
                if leadIn != nil, leadIn?.style == nil { leadIn?.style = style }
                for (position, sentence) in texts.enumerated() {
                    // An item of a list after a lead-in ("... in each of the following cases:")
                    // continues its sentence.
                    let text = position == 0 && leadIn != nil ? leadIn!.text + " " + sentence : sentence
                    let words = FoldedWords(text)
                    var (hits, markers, contexts) = index.hits(in: words)
                    let negations =
                        index.negates ? negate(&hits, markers: markers, words: words, reach: index.reach) : []
                    if index.binds { bind(&hits, markers: markers, words: words) }
                    if !contexts.isEmpty { accompany(&hits, contexts: contexts, words: words) }
                    var masks = [UInt64](repeating: 0, count: index.clauseCount * languageCount)
                    var negatedMasks = masks
                    for position in hits.indices {
                        hits[position].matched = words.text(hits[position].words)
                        let hit = hits[position]
                        let slot = hit.clause * languageCount + hit.language
                        if hit.negated {
                            negatedMasks[slot] |= 1 << UInt64(hit.element)
                        } else {
                            masks[slot] |= 1 << UInt64(hit.element)
                        }
                    }
                    for slot in negatedMasks.indices { negatedMasks[slot] &= ~masks[slot] }
                    result.append(
                        DetectedSentence(
                            text: text, location: paragraph.location, number: paragraph.number,
                            ocrConfidence: paragraph.ocrConfidence, section: sectionIndex,
                            paragraph: paragraphNumber, hits: hits, masks: masks, negatedMasks: negatedMasks,
                            negations: negations, opening: place < openingParagraphs))
                }
                if languageCount > 1 { keepParagraphLanguage(&result[paragraphStart...], languageCount) }
                if let last = texts.last, Self.isLeadIn(last) {
                    leadIn = LeadIn(section: sectionIndex, text: last, style: nil)
                }
            }
        }
        return result
    }

    /// True for a sentence that items continue: it ends with ":" or without closing punctuation
    /// ("... in each of the following situations").
    static func isLeadIn(_ sentence: String) -> Bool {
        guard let last = sentence.last else { return false }
        return last == ":" || (last.isLetter && sentence.count > 30)
    }

    /// How many paragraphs open a section: its subject is stated there or in its heading.
    static let openingParagraphs = 3

    /// Per section, per clause and language, the elements its heading carries.
    static func headingMasks(of document: AgreementDocument, index: PhraseIndex) -> [[UInt64]] {
        let slots = index.clauseCount * index.languages.count
        return document.sections.map { section in
            var masks = [UInt64](repeating: 0, count: slots)
            guard let heading = section.heading else { return masks }
            // A heading binds no duty: its bound phrases do not count.
            for hit in index.hits(in: FoldedWords(AgreementText.prepare(heading))).hits where !hit.bound {
                masks[hit.clause * index.languages.count + hit.language] |= 1 << UInt64(hit.element)
            }
            return masks
        }
    }

    /// A sentence ending in ":" that the numbered items after it continue, while their numbers
    /// are of the style of the first of them.
    struct LeadIn {
        var section: Int
        var text: String
        var style: ListStyle?
    }

    /// The style of a list number: letters or digits, and how many parts (`a`, `2`, `14.2.1`).
    struct ListStyle: Equatable {
        var letters: Bool
        var parts: Int

        init(_ number: String) {
            letters = number.first?.isLetter == true
            parts = number.split(separator: ".").count
        }
    }

    /// Keeps the hits of the paragraph's language only: the language whose phrases are found
    /// most often in it (all of them on a tie). A paragraph is written in one language, and the
    /// phrases of another find false friends in it: French "informe*" finds English "informed".
    static func keepParagraphLanguage(_ paragraph: inout ArraySlice<DetectedSentence>, _ languageCount: Int) {
        var counts = [Int](repeating: 0, count: languageCount)
        for sentence in paragraph {
            for hit in sentence.hits { counts[hit.language] += 1 }
        }
        guard let most = counts.max(), most > 0, counts.contains(where: { $0 > 0 && $0 < most }) else {
            return
        }
        for position in paragraph.indices {
            for slot in paragraph[position].masks.indices where counts[slot % languageCount] < most {
                paragraph[position].masks[slot] = 0
                paragraph[position].negatedMasks[slot] = 0
            }
        }
    }

    /// Marks the hits a negation cancels and returns the negations. A cue (not an exception such
    /// as "no later than") cancels the first negatable phrase of its language within `reach` words
    /// after it, and every later phrase of that clause's negatable elements up to the end of its
    /// scope: a scope end ("but", "unless"), a `;`, `:` or bracket, or the end of the sentence. A
    /// cue inside a phrase of the same clause that is not negatable ("shall not engage", "does not
    /// comply") is that phrase, not a negation.
    static func negate(
        _ hits: inout [Hit], markers: [PhraseIndex.Marker], words: FoldedWords, reach: Int
    ) -> [Negation] {
        guard hits.contains(where: \.negatable) else { return [] }
        let cues = negationCues(markers)
        var negations: [Negation] = []
        for cue in cues {
            let after = cue.words.upperBound
            let scopeEnd = Self.scopeEnd(of: cue, markers: markers, words: words)
            var done: Set<Int> = []
            for first in hits
            where first.negatable && first.language == cue.language && first.words.lowerBound >= after
                && first.words.lowerBound < scopeEnd && first.words.lowerBound - after <= reach
                && !done.contains(first.clause)
            {
                done.insert(first.clause)
                let isPartOfPhrase = hits.contains {
                    $0.clause == first.clause && !$0.negatable && $0.words.contains(cue.words.lowerBound)
                }
                guard !isPartOfPhrase else { continue }
                for position in hits.indices
                where hits[position].clause == first.clause && hits[position].negatable
                    && hits[position].language == cue.language
                    && (first.words.lowerBound..<scopeEnd).contains(hits[position].words.lowerBound)
                {
                    hits[position].negated = true
                }
                negations.append(
                    Negation(
                        clause: first.clause, language: cue.language,
                        text: words.text(cue.words.lowerBound..<first.words.upperBound)))
            }
        }
        return negations
    }

    /// The negation cues among a sentence's markers that negate: not part of an exception ("no
    /// later than"), not a condition's ("if the Partner does not investigate").
    static func negationCues(_ markers: [PhraseIndex.Marker]) -> [PhraseIndex.Marker] {
        markers.filter { cue in
            cue.kind == .cue
                && !markers.contains {
                    $0.kind == .exception && $0.language == cue.language && $0.words.overlaps(cue.words)
                }
                && !markers.contains {
                    $0.kind == .condition && $0.language == cue.language
                        && $0.words.upperBound <= cue.words.lowerBound
                        && cue.words.lowerBound - $0.words.upperBound <= ClauseNegation.conditionReach
                }
        }
    }

    /// Where a negation cue's reach ends: at the first scope end of its language after it, or the
    /// first `;`, `:` or bracket, or the sentence's end.
    static func scopeEnd(of cue: PhraseIndex.Marker, markers: [PhraseIndex.Marker], words: FoldedWords) -> Int
    {
        let after = cue.words.upperBound
        var end = words.boundaries.first { $0 >= after } ?? words.count
        for marker in markers
        where marker.kind == .scopeEnd && marker.language == cue.language && marker.words.lowerBound >= after
        {
            end = min(end, marker.words.lowerBound)
        }
        return end
    }

    /// Drops the bound phrases their sentence does not bind as a duty: in the part of the
    /// sentence before the phrase (from the last `;` or `:`), a duty must stand, no invitation,
    /// and no negation cue whose scope (up to a scope end, a `;`, `:` or bracket) comes to the
    /// phrase. "The Partner shall ensure that its personnel attend" binds "attend"; "personnel
    /// are encouraged to attend", "shall ensure that personnel may attend" and "are not required
    /// to attend" do not.
    static func bind(_ hits: inout [Hit], markers: [PhraseIndex.Marker], words: FoldedWords) {
        guard hits.contains(where: \.bound) else { return }
        let cues = negationCues(markers)
        hits.removeAll { hit in
            guard hit.bound else { return false }
            let start = hit.words.lowerBound
            let part = words.part(around: start)
            func stands(_ marker: PhraseIndex.Marker) -> Bool {
                marker.language == hit.language && marker.words.lowerBound >= part.lowerBound
                    && marker.words.upperBound <= start
            }
            guard markers.contains(where: { $0.kind == .duty && stands($0) }),
                !markers.contains(where: { $0.kind == .invitation && stands($0) })
            else { return true }
            return cues.contains {
                stands($0) && Self.scopeEnd(of: $0, markers: markers, words: words) > start
            }
        }
    }

    /// Marks the hits that a phrase of their element's ``ClauseElement/elsewhereWith`` stands
    /// beside, in the same part of the sentence (between `;` and `:`): the item of a list.
    static func accompany(_ hits: inout [Hit], contexts: [PhraseIndex.Context], words: FoldedWords) {
        for context in contexts {
            let part = words.part(around: context.words.lowerBound)
            for position in hits.indices
            where hits[position].clause == context.clause && hits[position].element == context.element
                && hits[position].language == context.language
                && part.contains(hits[position].words.lowerBound)
            {
                hits[position].accompanied = true
            }
        }
    }
}
