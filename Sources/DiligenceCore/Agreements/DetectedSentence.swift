/// A sentence of an agreement with the catalogue's phrases found in it.
struct DetectedSentence {
    /// One phrase found: which clause, element and phrase, and the words matched.
    struct Hit {
        var clause: Int
        var element: Int
        var phrase: Int
        var words: String
    }

    var text: String
    var location: AgreementLocation
    var section: Int
    var paragraph: Int
    var hits: [Hit]
    /// Per clause, a bit per element found in this sentence.
    var masks: [UInt64]

    /// The sentences of a document, in order, with their hits; `progress` is told each paragraph read.
    static func sentences(
        of document: AgreementDocument, index: PhraseIndex, progress: ((Int, Int) -> Void)? = nil
    ) -> [DetectedSentence] {
        var result: [DetectedSentence] = []
        var paragraphNumber = 0
        let total = progress == nil ? 0 : document.sections.reduce(0) { $0 + $1.paragraphs.count }
        for (sectionIndex, section) in document.sections.enumerated() {
            for paragraph in section.paragraphs {
                paragraphNumber += 1
                progress?(paragraphNumber, total)
                for text in SentenceSplitter.sentences(AgreementText.prepare(paragraph.text)) {
                    let hits = index.hits(in: text)
                    var masks = [UInt64](repeating: 0, count: index.clauseCount)
                    for hit in hits { masks[hit.clause] |= 1 << UInt64(hit.element) }
                    result.append(
                        DetectedSentence(
                            text: text, location: paragraph.location, section: sectionIndex,
                            paragraph: paragraphNumber, hits: hits, masks: masks))
                }
            }
        }
        return result
    }
}
