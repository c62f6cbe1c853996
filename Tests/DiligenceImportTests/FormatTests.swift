import DiligenceCore
import Foundation
import Testing

@testable import DiligenceImport

/// Each format read into sections and paragraphs with their locations; `auto` decides by content.
@Suite struct FormatTests {
    let importer = AgreementImporter()

    @Test func xmlGivesSectionsFromHeadingElementsAndAttributes() throws {
        let xml = """
            <?xml version="1.0"?>
            <agreement>
              <title>Partner Agreement</title>
              <preamble>This agreement is made between the parties.</preamble>
              <article number="12" heading="Prevention of sexual exploitation and abuse">
                <para>The Partner shall <em>report</em> allegations.</para>
                <para><![CDATA[It shall investigate them.]]></para>
              </article>
            </agreement>
            """
        let document = try importer.importData(Data(xml.utf8), fileName: "a.xml")
        #expect(document.format == .xml)
        #expect(
            document.sections.map(\.heading) == [
                "Partner Agreement", "Prevention of sexual exploitation and abuse",
            ])
        #expect(document.sections[1].number == "12")
        #expect(
            document.sections[1].paragraphs.map(\.text) == [
                "The Partner shall report allegations.", "It shall investigate them.",
            ])
        #expect(document.sections[1].paragraphs[0].location == .line(6))
        #expect(document.sections[0].paragraphs[0].location == .line(4))
    }

    @Test func htmlGivesHeadingsParagraphsListItemsAndCells() throws {
        let html = """
            <!DOCTYPE html>
            <html><head><title>Template</title><style>p {}</style></head><body>
            <h1>General terms</h1>
            <h2>12.3 Sexual exploitation and abuse</h2>
            <p>The Partner shall take measures.</p>
            <ul><li>report <b>promptly</b></li><li>investigate</li></ul>
            <table><tr><td>Cell one</td><td><p>Cell two</p></td></tr></table>
            </body></html>
            """
        let document = try importer.importData(Data(html.utf8), fileName: "template.bin")
        #expect(document.format == .html)
        #expect(document.sections.map(\.heading) == ["General terms", "Sexual exploitation and abuse"])
        #expect(document.sections[1].number == "12.3")
        #expect(
            document.sections[1].paragraphs.map(\.text) == [
                "The Partner shall take measures.", "report promptly", "investigate", "Cell one", "Cell two",
            ])
        #expect(document.sections[1].paragraphs[1].location == .line(6))
    }

    @Test func docxGivesHeadingsByStyleNumberedItemsAndTableCells() throws {
        let data = try DocxFixture.docx(
            body: DocxFixture.body(
                outline: """
                    # Special conditions
                    The Partner agrees to the following.
                    - It shall report allegations promptly.
                    | Obligation | Deadline |
                    | Report | 24 hours |
                    """))
        let document = try importer.importData(data, fileName: "agreement.bin")
        #expect(document.format == .docx)
        #expect(document.sections.map(\.heading) == ["Special conditions"])
        let paragraphs = document.sections[0].paragraphs
        #expect(
            paragraphs.map(\.text) == [
                "The Partner agrees to the following.", "It shall report allegations promptly.", "Obligation",
                "Deadline", "Report", "24 hours",
            ])
        #expect(paragraphs.map(\.location) == (2...7).map { .paragraph($0) })
    }

    @Test func autoDecidesByContentNotExtension() throws {
        let html = try importer.importData(Data("<p>Hello there</p>".utf8), fileName: "x.txt")
        #expect(html.format == .html)
        let xml = try importer.importData(
            Data("<clauses><c>Hello</c></clauses>".utf8), fileName: "x.html.txt")
        #expect(xml.format == .xml)
        let forced = try importer.importData(Data("<p>Hello</p>".utf8), fileName: "x", format: .xml)
        #expect(forced.format == .xml)
        #expect(throws: ImportError.self) {
            try importer.importData(Data("just words".utf8), fileName: "notes.xml")
        }
    }

    @Test func aZipWithoutWordDocumentIsNotAnAgreement() throws {
        let data = try DocxFixture.archive([("readme.txt", Data("hi".utf8))])
        let error = try #require(throws: ImportError.self) {
            try importer.importData(data, fileName: "x.docx")
        }
        #expect(error.code == .notWordDocument)
    }
}

@Suite struct TidyTests {
    @Test func runsOfSpaceCollapseAndEmptyLinesGo() {
        #expect(TidyText.string("  a \t b \r\n\n  c\u{A0}d  \n \n") == "a b\nc d")
        #expect(TidyText.string("") == "")
        #expect(TidyText.string(" \n\t ") == "")
        #expect(TidyText.string("été  « déjà »") == "été « déjà »")
    }
}
