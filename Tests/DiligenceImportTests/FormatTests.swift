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

    /// The agreement XML in UTF-16 little- and big-endian and UTF-8, with a byte-order mark.
    static func encoded(_ text: String) -> [(String, Data)] {
        func utf16(_ bigEndian: Bool) -> Data {
            var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
            for unit in text.utf16 {
                let bytes = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
                data.append(contentsOf: bigEndian ? bytes : bytes.reversed())
            }
            return data
        }
        return [
            ("UTF-16LE", utf16(false)), ("UTF-16BE", utf16(true)),
            ("UTF-8 with a mark", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)),
        ]
    }

    @Test func autoRecognisesUTF16AndByteOrderMarks() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-16"?>
            <agreement><section><title>Exploitation sexuelle</title><para>Le Partenaire doit signaler sans délai toute allégation.</para></section></agreement>
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in Self.encoded(xml) {
            let text = name.hasPrefix("UTF-8") ? xml.replacingOccurrences(of: "UTF-16", with: "UTF-8") : xml
            let bytes = name.hasPrefix("UTF-8") ? Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8) : data
            let document = try importer.importData(bytes, fileName: "agreement.dat")
            #expect(document.format == .xml, "\(name)")
            #expect(document.sections.first?.heading == "Exploitation sexuelle", "\(name)")
            #expect(
                document.sections.first?.paragraphs.first?.text
                    == "Le Partenaire doit signaler sans délai toute allégation.", "\(name)")
            // The same from a file, which is streamed.
            let url = folder.appendingPathComponent("agreement-\(name.prefix(8)).dat")
            try bytes.write(to: url)
            let fromFile = try importer.importFile(at: url)
            #expect(
                fromFile.sections.first?.paragraphs.first?.text
                    == document.sections.first?.paragraphs.first?.text)
        }
    }

    @Test func htmlWithoutACharsetIsReadAsUTF8() throws {
        let html =
            "<html><body><h2>Article 12</h2><p>Tout manquement permet de résilier l’accord.</p></body></html>"
        let document = try importer.importData(Data(html.utf8), fileName: "accord.html")
        #expect(
            document.sections.flatMap(\.paragraphs).map(\.text) == [
                "Tout manquement permet de résilier l’accord."
            ])
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
