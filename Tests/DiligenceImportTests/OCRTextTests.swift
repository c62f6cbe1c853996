import DiligenceCore
import Testing

@testable import DiligenceImport

/// Text as Tesseract gives it (its TSV output): a paragraph break it puts inside a sentence, such
/// as before a web address that did not fit on a line, does not split the passage.
@Suite struct OCRTextTests {
    /// Tesseract's TSV for `lines` of one page, each `(block, paragraph, line, text)`, every word
    /// read with confidence 91.
    func tsv(_ lines: [(Int, Int, Int, String)]) -> String {
        var rows = [
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
        ]
        for (index, (block, paragraph, line, text)) in lines.enumerated() {
            rows.append("4\t1\t\(block)\t\(paragraph)\t\(line)\t0\t100\t\(100 + 40 * index)\t1500\t30\t-1\t")
            for (number, word) in text.split(separator: " ").enumerated() {
                rows.append(
                    "5\t1\t\(block)\t\(paragraph)\t\(line)\t\(number + 1)\t\(100 + 60 * number)\t\(100 + 40 * index)\t50\t30\t91\t\(word)"
                )
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    let page = [
        (1, 1, 1, "9.4 Le Partenaire tient à la disposition de son personnel un formulaire confidentiel,"),
        (1, 1, 2, "publié à l’adresse"),
        (1, 2, 1, "https://example.org/signalement. Il signale sans délai à l’Organisation toute allégation"),
        (1, 2, 2, "d’exploitation sexuelle dont il a connaissance."),
        (1, 3, 1, "9.5 Le Partenaire coopère aux enquêtes dans les cas suivants"),
        (1, 4, 1, "a. les allégations visant son personnel;"),
    ]

    @Test func aParagraphBreakInsideASentenceIsReadOn() {
        let text = OCRPage(tsv: tsv(page)).text
        #expect(
            text == """
                9.4 Le Partenaire tient à la disposition de son personnel un formulaire confidentiel,
                publié à l’adresse
                https://example.org/signalement. Il signale sans délai à l’Organisation toute allégation
                d’exploitation sexuelle dont il a connaissance.

                9.5 Le Partenaire coopère aux enquêtes dans les cas suivants

                a. les allégations visant son personnel;
                """)
    }

    @Test func theReportingDutyOfASplitSentenceIsFoundWhole() throws {
        let ocr = OCRPage(tsv: tsv(page))
        var builder = DocumentBuilder()
        PDFReader.addPage(ocr.text, number: 1, to: &builder, ocr: ocr.lineConfidence)
        let document = builder.build(.pdf)
        let findings = ClauseDetector(catalogue: try CatalogueFixture.shipped()).findings(in: document)
        let reporting = try #require(findings.first { $0.clause == "C5" })
        #expect(reporting.status == .present, "\(reporting.explanation)")
        #expect(reporting.location == .page(1, line: 1))
        #expect(reporting.ocrConfidence == 91)
        #expect(reporting.matches.map(\.element).contains("confidentiality"))
    }
}
