import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

@testable import DiligenceImport

/// Agreements saved from a template system (template tags and a style block before the first
/// element) and HTML fragments: `auto` reads them as HTML, headings written as bold blocks start
/// sections, list items keep their numbers, and each finding says where its passage is.
@Suite struct TemplateExportTests {
    let importer = AgreementImporter()

    func fixture() throws -> URL {
        Repository.url("Tests/DiligenceImportTests/Fixtures/exported-template.html")
    }

    @Test func autoReadsAnExportedTemplateAsHTML() throws {
        let document = try importer.importFile(at: try fixture())
        #expect(document.format == .html)
        #expect(document.sections.map(\.number) == ["ARTICLE 1", "ARTICLE 7"])
        #expect(document.sections.map(\.heading) == ["DEFINITIONS", "SAFEGUARDING OF AFFECTED PEOPLE"])
        let texts = document.paragraphs.map(\.text)
        #expect(!texts.joined().contains("{%"))
        #expect(!texts.joined().contains("{#"))
        #expect(texts.contains { $0.hasPrefix("\"Partner\" means {{ partner.name }}") })
    }

    @Test func listItemsCarryTheirNumbersAndLines() throws {
        let document = try importer.importFile(at: try fixture())
        let article = try #require(document.sections.last)
        #expect(article.paragraphs.map(\.number) == ["1", "2", "3", "3.a", "3.b"])
        #expect(article.paragraphs[1].location == .line(22))
        #expect(article.paragraphs[4].location == .line(28))
    }

    @Test func findingsSayTheArticleItemAndLine() throws {
        let catalogue = try CatalogueFixture.shipped()
        let document = try importer.importFile(at: try fixture())
        let findings = ClauseDetector(catalogue: catalogue).findings(in: document)
        let report = try #require(findings.first { $0.clause == "C5" })
        #expect(report.status == .present)
        #expect(report.place == "ARTICLE 7 SAFEGUARDING OF AFFECTED PEOPLE, item 2, line 22")
        let investigation = try #require(findings.first { $0.clause == "C6" })
        #expect(investigation.status == .present)
        #expect(investigation.place == "ARTICLE 7 SAFEGUARDING OF AFFECTED PEOPLE, item 3.b, line 28")
        #expect(Set(findings.compactMap(\.location)).count > 1)
    }

    @Test func anHTMLFragmentWithTextBeforeItsFirstElementIsHTML() throws {
        let fragment =
            "Terms of the partnership\n<p>The Partner shall report <b>allegations</b>.</p>\n<p>Second.</p>"
        let document = try importer.importData(Data(fragment.utf8), fileName: "terms.txt")
        #expect(document.format == .html)
        #expect(
            document.paragraphs.map(\.text) == [
                "Terms of the partnership", "The Partner shall report allegations.", "Second.",
            ])
    }

    @Test func plainTextIsStillRefusedByName() throws {
        #expect {
            try importer.importData(Data("Just a letter, no markup at all.".utf8), fileName: "letter.txt")
        } throws: { error in
            (error as? ImportError)?.code == .unknownFormat
                && (error as? ImportError)?.description.hasPrefix("letter.txt: ") == true
        }
    }
}
