public import Foundation

extension PDFReader {
    /// The page count and the text of every page as `pdftotext` gives it (pages separated by
    /// form feeds).
    func extractText(pdftotext: String, pdfinfo: String) throws(ImportError) -> (pages: Int, text: String) {
        let pages = try pageCount(pdfinfo)
        let tool = SandboxedTool(
            tool: pdftotext, memoryBytes: limits.maxParserMemoryBytes, seconds: limits.maxParseSeconds)
        guard let run = tool.run(["-enc", "UTF-8", "-l", String(pages), file.path, "-"]) else {
            throw ImportError(.unreadablePDF, "pdftotext could not be started for this file", file: name)
        }
        if run.timedOut { throw timeout() }
        guard run.status == 0 else { throw unreadable(run.errors) }
        return (pages, String(decoding: run.output, as: UTF8.self))
    }

    /// Whether a PDF whose text layer is `text` is a scan (too few letters for its pages): it is
    /// read by OCR.
    static func isScan(_ text: String, pages: Int) -> Bool {
        text.unicodeScalars.filter { $0.properties.isAlphabetic }.count < max(20, 20 * pages)
    }
}

extension AgreementImporter {
    /// Whether reading the file at `url` needs OCR: a PDF without a text layer (a scan). Such an
    /// import takes minutes, not seconds, and a front end runs it as a job. A file that cannot be
    /// read is not a scan: its import is refused as usual.
    public func needsOCR(at url: URL) -> Bool {
        guard let pdftotext = SandboxedTool.locate("pdftotext"),
            let pdfinfo = SandboxedTool.locate("pdfinfo"),
            let head = try? FileHandle(forReadingFrom: url).read(upToCount: 8),
            head.starts(with: Data("%PDF".utf8))
        else { return false }
        let reader = PDFReader(file: url, name: url.lastPathComponent, limits: limits, progress: nil)
        guard let (pages, text) = try? reader.extractText(pdftotext: pdftotext, pdfinfo: pdfinfo) else {
            return false
        }
        return PDFReader.isScan(text, pages: pages)
    }
}
