import DiligenceCore
import DiligenceImport
import DiligenceTestSupport
import Foundation

/// `diligence-bench --ocr-pages N`: a scanned agreement of N pages (the import benchmark's pages
/// printed to PDF, rendered to 150 dpi grey images with no text layer) imported through OCR, timed.
enum OCRBenchmark {
    /// The seconds the import took and the paragraphs it gave.
    static func run(pages: Int, directory: URL) throws -> (seconds: Double, paragraphs: Int) {
        var texts: [[String]] = []
        for page in 1...pages {
            let (heading, paragraphs) = ImportBenchmark.pageParagraphs(page)
            var lines = [heading.uppercased(), ""]
            for paragraph in paragraphs.prefix(5) {
                lines += wrapped(paragraph, width: 88)
                lines.append("")
            }
            texts.append(lines)
        }
        let text = directory.appendingPathComponent("ocr-text.pdf")
        try PDFFixture.text(pages: texts).write(to: text)
        let folder = directory.appendingPathComponent("ocr-pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scan = directory.appendingPathComponent("ocr-scan.pdf")
        try PDFFixture.scanned(text, dpi: 150, into: folder).write(to: scan)
        var limits = ImportLimits.standard
        limits.maxDocumentBytes = 2_000_000_000
        let started = Date()
        let document = try AgreementImporter(limits: limits).importFile(at: scan)
        return (Date().timeIntervalSince(started), document.paragraphs.count)
    }

    private static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
