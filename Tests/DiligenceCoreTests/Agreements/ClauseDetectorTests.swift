import Testing

@testable import DiligenceCore

/// Normalisation, sentences and findings on small hand-made documents.
@Suite struct ClauseDetectorTests {
    let catalogue = ClauseCatalogue(
        id: "t", version: 1, languages: ["en"],
        clauses: [
            ClauseDefinition(
                id: "C5", title: "Report", mandatory: true, window: .sentences(2),
                elements: [
                    ClauseElement(name: "reporting", anchor: true, phrases: [ClausePhrase("report*")]),
                    ClauseElement(name: "allegation", anchor: true, phrases: [ClausePhrase("allegation*")]),
                    ClauseElement(
                        name: "promptness", anchor: false, phrases: [ClausePhrase("without delay")]),
                ])
        ])

    func document(_ texts: [String]) -> AgreementDocument { .psea(texts) }

    @Test func normalisesHyphenationQuotesCaseAndNumbering() {
        #expect(
            AgreementText.prepare("(a) obliga-\ntions of the \u{201C}Partner\u{201D}\nend")
                == "obligations of the \"Partner\" end")
        #expect(AgreementText.prepare("12.3 Text") == "Text")
        #expect(AgreementText.fold("Confidentialité ÉTAT") == "confidentialite etat")
    }

    /// What OCR and PDF text carry: soft hyphens inside words, a Unicode hyphen or "¬" at a line
    /// end, ligatures.
    @Test func normalisesTheHyphensAndLigaturesOfOCRText() {
        #expect(
            AgreementText.prepare("de fa\u{00E7}on confiden\u{00AD}tielle")
                == "de fa\u{00E7}on confidentielle")
        #expect(AgreementText.prepare("report confiden\u{2010}\ntially") == "report confidentially")
        #expect(AgreementText.prepare("report confiden\u{00AC}\ntially") == "report confidentially")
        #expect(AgreementText.prepare("con\u{FB01}dential") == "confidential")
    }

    @Test func splitsSentencesButNotAbbreviations() {
        #expect(
            SentenceSplitter.sentences("See e.g. Art. 5. Then report. 2 more") == [
                "See e.g. Art. 5.", "Then report.", "2 more",
            ])
    }

    @Test func presentPartialAndAbsent() throws {
        let detector = ClauseDetector(catalogue: catalogue)
        let present = try #require(
            detector.findings(
                in: document([
                    "Intro.", "The Partner REPORTS allegations with\u{00A0}out fail. It acts without delay.",
                ])
            ).first)
        #expect(present.status == .present)
        #expect(present.location == .line(2))
        #expect(present.matches.map(\.matched) == ["reports", "allegations", "without delay"])
        let partial = try #require(detector.findings(in: document(["It shall report allegations."])).first)
        #expect(partial.status == .partial)
        #expect(partial.missing == ["promptness"])
        #expect(partial.explanation.contains("missing promptness"))
        let absent = try #require(detector.findings(in: document(["Act without delay."])).first)
        #expect(absent.status == .absent)
    }
}
