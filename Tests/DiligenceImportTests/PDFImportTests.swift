import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

@testable import DiligenceImport

/// PDF agreements through poppler, scans through Tesseract, and every bad PDF refused with the
/// file's name and nothing left behind. The PDFs are made here (``PDFFixture``); the tools are
/// those `.ci/run` installs.
@Suite(.serialized, .enabled(if: SandboxedTool.locate("pdftotext") != nil, "poppler-utils is not installed"))
struct PDFImportTests {
    let importer = AgreementImporter()

    static let englishPages: [[String]] = [
        [
            "GENERAL TERMS OF PARTNERSHIP", "", "Article 1 Purpose", "",
            "The Partner shall carry out the programme described in the programme document.",
        ],
        [
            "ARTICLE 9 PROTECTION FROM SEXUAL EXPLOITATION AND ABUSE", "",
            "9.1 The Partner shall promptly and confidentially report to the Agency any",
            "allegation of sexual exploitation and abuse by its personnel.", "",
            "9.2 The Agency may terminate this Agreement immediately if the Partner breaches",
            "its obligations on sexual exploitation and abuse.",
        ],
    ]

    static let frenchPages: [[String]] = [
        [
            "ARTICLE 9 PROTECTION CONTRE L'EXPLOITATION SEXUELLE", "",
            "9.1 Le partenaire signale sans délai et de manière confidentielle à l'organisme",
            "toute allégation d'exploitation sexuelle par son personnel.", "",
            "9.2 Les dispositions de cet article sont applicables dans les locaux et sur les sites du partenaire,",
            "et la formation du personnel sur ces dispositions est une obligation du partenaire.",
        ]
    ]

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-tests-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ data: Data, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    func findings(_ document: AgreementDocument) throws -> [String: ClauseFinding] {
        let found = ClauseDetector(catalogue: try CatalogueFixture.shipped()).findings(in: document)
        return Dictionary(uniqueKeysWithValues: found.map { ($0.clause, $0) })
    }

    @Test func aTextPDFGivesPagesAndLinesAsLocations() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try write(PDFFixture.text(pages: Self.englishPages), "terms.pdf", in: folder)
        let document = try importer.importFile(at: file)
        #expect(document.format == .pdf)
        #expect(document.sections.contains { $0.number == "ARTICLE 9" })
        let found = try findings(document)
        #expect(found["C5"]?.status == .present)
        #expect(found["C5"]?.location == .page(2, line: 2))
        #expect(found["C5"]?.place?.contains("item 9.1, page 2, line 2") == true)
        #expect(found["C5"]?.ocrConfidence == nil)
        #expect(found["C11"]?.status == .present)
    }

    @Test func aFrenchPDFIsReadInFrenchFromBytes() throws {
        let document = try importer.importData(
            PDFFixture.text(pages: Self.frenchPages), fileName: "accord.pdf")
        #expect(AgreementLanguage.detect(document).description == "fr")
        #expect(try findings(document)["C5"]?.status == .present)
    }

    @Test(.enabled(if: SandboxedTool.locate("tesseract") != nil, "tesseract-ocr is not installed"))
    func aScanIsReadByOCRAndItsFindingsSaySo() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try write(PDFFixture.text(pages: Self.englishPages), "terms.pdf", in: folder)
        let scan = try write(try PDFFixture.scanned(text, dpi: 150, into: folder), "scan.pdf", in: folder)
        var pages: [Int] = []
        let document = try importer.importFile(at: scan) { done, _ in pages.append(done) }
        #expect(document.format == .pdf)
        #expect(pages.last == 2)
        let report = try #require(try findings(document)["C5"])
        #expect(report.status == .present)
        let confidence = try #require(report.ocrConfidence)
        #expect(confidence > 50)
        #expect(report.place?.contains("read by OCR, confidence") == true)
        guard case .page(let page, _)? = report.location else {
            Issue.record("a scan's finding is located by page and line")
            return
        }
        #expect(page == 2)
    }

    @Test(.enabled(if: SandboxedTool.locate("tesseract") != nil, "tesseract-ocr is not installed"))
    func aScanWithNoTextIsRefused() throws {
        let blank = PDFFixture.scan(pages: [(200, 280, Data(repeating: 255, count: 200 * 280))], dpi: 50)
        #expect {
            try importer.importData(blank, fileName: "blank-scan.pdf")
        } throws: { error in
            let error = error as? ImportError
            return error?.code == .empty && error?.description.hasPrefix("blank-scan.pdf: ") == true
                && error?.message.contains("OCR found no words") == true
        }
    }

    @Test func aFileThatIsNotAPDFIsRefusedByName() throws {
        let data = Data("This is a letter, not a PDF.".utf8)
        #expect {
            try importer.importData(data, fileName: "letter.pdf", format: .pdf)
        } throws: { error in
            let error = error as? ImportError
            return error?.code == .unreadablePDF && error?.description.hasPrefix("letter.pdf: ") == true
        }
    }

    @Test func aDamagedPDFIsRefused() throws {
        var data = PDFFixture.text(pages: Self.englishPages)
        data = data.prefix(40) + Data(repeating: 0x41, count: 200)
        #expect {
            try importer.importData(data, fileName: "damaged.pdf")
        } throws: { error in
            let code = (error as? ImportError)?.code
            return code == .unreadablePDF || code == .empty
        }
    }

    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf"), "qpdf is not installed"))
    func anEncryptedPDFIsRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try write(PDFFixture.text(pages: Self.englishPages), "plain.pdf", in: folder)
        let locked = folder.appendingPathComponent("locked.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        process.arguments = ["--encrypt", "secret", "owner", "256", "--", plain.path, locked.path]
        try process.run()
        process.waitUntilExit()
        #expect {
            try importer.importFile(at: locked)
        } throws: { error in
            let error = error as? ImportError
            return error?.code == .encryptedPDF && error?.description.hasPrefix("locked.pdf: ") == true
        }
    }

    @Test func aPDFOverThePageLimitIsRefused() throws {
        var limits = ImportLimits.standard
        limits.maxPDFPages = 1
        #expect {
            try AgreementImporter(limits: limits).importData(
                PDFFixture.text(pages: Self.englishPages), fileName: "long.pdf")
        } throws: { error in
            let error = error as? ImportError
            return error?.code == .tooManyPages && error?.message.contains("2 pages, more than the 1") == true
        }
    }

    @Test func aPDFOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        var limits = ImportLimits.standard
        limits.maxDocumentBytes = 100
        #expect {
            try AgreementImporter(limits: limits).importData(
                PDFFixture.text(pages: Self.englishPages), fileName: "big.pdf")
        } throws: { error in
            (error as? ImportError)?.code == .tooLarge
        }
    }

    @Test func nothingIsLeftInTheTemporaryFolder() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("diligence-pdf-") || $0.hasPrefix("diligence-ocr-") }
        _ = try importer.importData(PDFFixture.text(pages: Self.frenchPages), fileName: "accord.pdf")
        _ = try? importer.importData(Data("%PDF-1.4 nonsense".utf8), fileName: "bad.pdf")
        let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("diligence-pdf-") || $0.hasPrefix("diligence-ocr-") }
        #expect(Set(after).subtracting(before).isEmpty)
    }
}
