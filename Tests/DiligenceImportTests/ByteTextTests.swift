import DiligenceCore
import Testing

@testable import DiligenceImport

/// The byte-level text handling of the import: the same results as the `Character`-level rules.
@Suite struct ByteTextTests {
    @Test func tidyingCollapsesSpaceAcrossEveryEightBytes() {
        // Two spaces in a row at every place relative to the eight-byte words read at once.
        for offset in 0..<17 {
            let prefix = String(repeating: "a", count: offset)
            #expect(
                TidyText.string(prefix + "b  c" + String(repeating: "d", count: 20)) == prefix + "b c"
                    + String(repeating: "d", count: 20))
            #expect(TidyText.string(prefix + "b\tc") == prefix + "b c")
            #expect(TidyText.string(prefix + "b\u{A0}c") == prefix + "b c")
        }
        #expect(
            TidyText.string("a long line that is already tidy, with © and é and “quotes”")
                == "a long line that is already tidy, with © and é and “quotes”")
        #expect(TidyText.string("line one  \n\n   line two\n") == "line one\nline two")
        #expect(TidyText.string("line one\nline two", breaksAsSpaces: true) == "line one line two")
        #expect(TidyText.string("bell\u{07}inside stays") == "bell\u{07}inside stays")
        #expect(TidyText.string(" ") == "")
    }

    @Test(arguments: [
        "12. Definitions", "12.3 Scope", "IV. Reporting", "Article 5: Termination", "(a) General",
        "Artículo 7. Reglas", "Section 2", "ARTICLE X – Miscellaneous", "Annex", "Definitions", "3",
        "art. 4 Payment", "Clause 10.2.1. Audit", "(iv) Other duties", "A. Scope", "AB. Scope",
        "1.a Something", "12) Item", "Article5 text", "Section Two", "Cláusula 3 Pagos", "٣. Arabic digit",
        "— Dash first", "Article 1234567890123 Long", "a", "x.", "Article (b) Item", "Article", "1.",
        "Art. III: Reporting duties", "ANNEX 2 - Budget", "5.1.2.3.4.5.6 Deep", "MMXX. Year", "(c)",
        "Sección 4 Alcance", "10 - Ten", "III", "i. Small", "Article 5 ", "  spaced  heading",
    ])
    func headingNumbersSplitAsTheCharacterRules(_ heading: String) {
        let tidy = TidyText.string(heading, breaksAsSpaces: true)
        let bytes = HeadingSplit.split(tidy)
        let characters = HeadingNumber.split(tidy)
        #expect(bytes.number == characters.number && bytes.text == characters.text, "\(bytes) \(characters)")
    }
}
