import DiligenceCore
import DiligenceImport
import Foundation
import Testing

/// Every safety rule of the importer, each on a hostile file.
@Suite struct SafetyTests {
    let importer = AgreementImporter()

    func text(_ document: AgreementDocument) -> String {
        document.paragraphs.map(\.text).joined(separator: "\n")
    }

    @Test func billionLaughsIsRejectedOrBounded() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...10 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(previous)\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(entities)]><lolz><p>&lol10;</p></lolz>"
        do {
            let document = try importer.importData(Data(xml.utf8), fileName: "lol.xml")
            #expect(text(document).count < 1_000)
        } catch {
            #expect(error.code == .entityExpansion || error.code == .malformed)
        }
    }

    @Test func quadraticBlowupIsNeverExpanded() throws {
        let big = String(repeating: "a", count: 50_000)
        let references = String(repeating: "&big;", count: 20_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY big \"\(big)\">]><d><p>x\(references)</p></d>"
        do {
            let document = try importer.importData(Data(xml.utf8), fileName: "quadratic.xml")
            #expect(text(document).count < 1_000)
        } catch {
            #expect(error.code == .entityExpansion || error.code == .malformed)
        }
    }

    @Test func externalEntityIsNotRead() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <a><p>before &xxe; after</p><p a="&xxe;">x</p></a>
            """
        do {
            let document = try importer.importData(Data(xml.utf8), fileName: "xxe.xml")
            #expect(!text(document).contains("root:"))
            #expect(text(document).contains("before"))
        } catch {
            #expect(!error.message.contains("root:"))
        }
    }

    @Test func externalDTDIsNotLoaded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let dtd = directory.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY secret \"LOADED-FROM-DTD\">".utf8).write(to: dtd)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a SYSTEM "\(dtd.absoluteString)">
            <a><p>value: &secret;</p></a>
            """
        do {
            let document = try importer.importData(Data(xml.utf8), fileName: "dtd.xml")
            #expect(!text(document).contains("LOADED-FROM-DTD"))
        } catch {
            #expect(!error.message.contains("LOADED-FROM-DTD"))
        }
    }

    @Test func oversizedFileIsRejectedBeforeParsing() throws {
        let small = AgreementImporter(limits: ImportLimits(maxDocumentBytes: 100))
        let data = Data(("<a>" + String(repeating: "x", count: 200) + "</a>").utf8)
        let error = try #require(throws: ImportError.self) { try small.importData(data, fileName: "big.xml") }
        #expect(error.code == .tooLarge)
        let notXML = Data(repeating: 0xFF, count: 200)
        let second = try #require(throws: ImportError.self) {
            try small.importData(notXML, fileName: "big.xml")
        }
        #expect(second.code == .tooLarge)
    }

    @Test func zipBombByRatioIsRejected() throws {
        let zeros = Data(count: 5_000_000)
        let data = try DocxFixture.docx(
            body: DocxFixture.paragraph("Hello"), extra: [("word/media/bomb.bin", zeros)])
        let error = try #require(throws: ImportError.self) {
            try importer.importData(data, fileName: "bomb.docx")
        }
        #expect(error.code == .compressionRatio)
    }

    @Test func archiveOverTheUnpackedLimitIsRejected() throws {
        let limits = ImportLimits(maxUncompressedBytes: 10_000)
        let data = try DocxFixture.docx(
            body: DocxFixture.paragraph("Hello"), extra: [("word/media/a.bin", Data(count: 20_000))])
        let error = try #require(throws: ImportError.self) {
            try AgreementImporter(limits: limits).importData(data, fileName: "big.docx")
        }
        #expect(error.code == .archiveTooLarge)
    }

    @Test func tooManyEntriesAreRejected() throws {
        let extra = (0..<30).map { ("word/part\($0).xml", Data("<a/>".utf8)) }
        let data = try DocxFixture.docx(body: DocxFixture.paragraph("Hello"), extra: extra)
        let limits = ImportLimits(maxArchiveEntries: 20)
        let error = try #require(throws: ImportError.self) {
            try AgreementImporter(limits: limits).importData(data, fileName: "many.docx")
        }
        #expect(error.code == .tooManyEntries)
    }

    @Test(arguments: ["../evil", "word/../../evil", "/etc/evil", "C:/evil", "word\\..\\evil"])
    func entryNamesEscapingTheArchiveAreRejected(name: String) throws {
        let data = try DocxFixture.docx(body: DocxFixture.paragraph("Hello"), extra: [(name, Data("x".utf8))])
        let error = try #require(throws: ImportError.self) {
            try importer.importData(data, fileName: "evil.docx")
        }
        #expect(error.code == .pathEscape)
    }

    @Test func malformedXMLReportsLineAndColumn() throws {
        let xml = "<?xml version=\"1.0\"?>\n<agreement>\n  <p>text</q>\n</agreement>\n"
        let error = try #require(throws: ImportError.self) {
            try importer.importData(Data(xml.utf8), fileName: "broken.xml")
        }
        #expect(error.code == .malformed)
        #expect(error.line == 3)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix("broken.xml:3:"))
    }

    @Test func malformedDocumentXMLInsideDocxReportsItsLine() throws {
        let broken = Data("<?xml version=\"1.0\"?>\n<w:document>\n<w:body>".utf8)
        let data = try DocxFixture.archive([("word/document.xml", broken)])
        let error = try #require(throws: ImportError.self) {
            try importer.importData(data, fileName: "x.docx")
        }
        #expect(error.code == .malformed)
        #expect(error.line != nil)
    }

    @Test func parsesRunConcurrentlyWithTheirOwnErrors() async throws {
        let good = Data("<a><p>fine</p></a>".utf8)
        let bad = Data("<a>\n<p>bad</a>".utf8)
        let importer = importer
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<40 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        return (try? importer.importData(good, fileName: "good.xml")) != nil
                    }
                    do {
                        _ = try importer.importData(bad, fileName: "bad.xml")
                        return false
                    } catch let error as ImportError {
                        return error.line == 2
                    } catch {
                        return false
                    }
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
