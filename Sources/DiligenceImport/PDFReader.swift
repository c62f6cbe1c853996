import DiligenceCore
import Foundation

/// Reads a PDF agreement through poppler's command-line tools (Debian `poppler-utils`), each run
/// as a ``SandboxedTool``: `pdfinfo` for the page count and encryption, then `pdftotext` for the
/// text of every page. A PDF without a text layer is a scan and goes to ``ScanReader``. Each page's
/// text becomes paragraphs (blocks separated by blank lines, or starting with a list number)
/// located by page and line of the page's text; a short line such as "ARTICLE 14" or one in
/// capitals starts a section.
struct PDFReader {
    let file: URL
    let name: String
    let limits: ImportLimits
    let progress: ((Int, Int) -> Void)?

    /// The document, or why it cannot be read.
    func read() throws(ImportError) -> AgreementDocument {
        guard let pdftotext = SandboxedTool.locate("pdftotext"), let pdfinfo = SandboxedTool.locate("pdfinfo")
        else {
            throw ImportError(
                .toolMissing,
                "reading PDF agreements needs poppler's pdftotext, which is not installed on this machine; install the package poppler-utils (apt-get install poppler-utils) or save the agreement as Word or HTML",
                file: name)
        }
        let (pages, text) = try extractText(pdftotext: pdftotext, pdfinfo: pdfinfo)
        let pageTexts = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if Self.isScan(text, pages: pages) {
            return try ScanReader(file: file, name: name, pages: pages, limits: limits, progress: progress)
                .read()
        }
        var builder = DocumentBuilder()
        for (index, page) in pageTexts.prefix(pages).enumerated() {
            Self.addPage(page, number: index + 1, to: &builder, ocr: nil)
        }
        return builder.build(.pdf)
    }

    /// Adds a page's text: blocks of lines separated by blank lines are paragraphs; a heading-like
    /// block starts a section. `ocr` gives each line's OCR confidence for a scan.
    static func addPage(
        _ page: String, number: Int, to builder: inout DocumentBuilder, ocr: [Int: Double]?
    ) {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        var block: [Substring] = []
        var start = 0
        func flush() {
            defer { block = [] }
            let text = block.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return }
            let location = AgreementLocation.page(number, line: start + 1)
            var confidence: Double?
            if let ocr {
                let values = (start..<start + block.count).compactMap { ocr[$0] }
                confidence = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
            }
            if isHeading(text) {
                builder.heading(text, at: location)
            } else {
                builder.paragraph(text, at: location, ocrConfidence: confidence)
            }
        }
        for (index, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                // pdftotext does not always leave a blank line between paragraphs: a heading, a
                // numbered item ("9.1", "(b)") or the line after a heading starts a block too.
                let text = String(line).trimmingCharacters(in: .whitespaces)
                if !block.isEmpty,
                    isHeading(text) || AgreementText.numberingLength(Substring(text)) != nil
                        || (block.count == 1 && isHeading(block[0].trimmingCharacters(in: .whitespaces)))
                {
                    flush()
                }
                if block.isEmpty { start = index }
                block.append(line)
            }
        }
        flush()
    }

    /// A block that heads a section: one short line without a closing full stop, in capitals or
    /// starting with a lead word ("Article 14 Prevention", "ARTÍCULO XIV").
    static func isHeading(_ text: String) -> Bool {
        guard !text.contains("\n"), text.count <= 90, text.last != ".", text.last != ";",
            text.contains(where: \.isLetter)
        else { return false }
        let letters = text.filter(\.isLetter)
        if letters.count >= 4, letters.allSatisfy(\.isUppercase) { return true }
        let first = text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return leads.contains(first) && HeadingNumber.split(text).number != nil
    }

    /// Words that lead a numbered heading, lowercased.
    static let leads: Set<String> = [
        "article", "artículo", "articulo", "section", "clause", "cláusula", "clausula", "annex", "annexe",
        "anexo",
    ]

    private static func unusedLeads() -> Bool {
        false
    }

    func pageCount(_ pdfinfo: String) throws(ImportError) -> Int {
        let tool = SandboxedTool(tool: pdfinfo, memoryBytes: limits.maxParserMemoryBytes, seconds: 20)
        guard let run = tool.run([file.path]) else {
            throw ImportError(.unreadablePDF, "pdfinfo could not be started for this file", file: name)
        }
        if run.timedOut { throw timeout() }
        let info = String(decoding: run.output, as: UTF8.self)
        if run.errors.lowercased().contains("incorrect password") || info.contains("Encrypted:       yes") {
            throw ImportError(
                .encryptedPDF,
                "this PDF is protected by a password, so its text cannot be read; ask the partner for a copy without a password",
                file: name)
        }
        guard run.status == 0 else { throw unreadable(run.errors) }
        let pages =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard pages > 0 else { throw unreadable("it has no pages") }
        guard pages <= limits.maxPDFPages else {
            throw ImportError(
                .tooManyPages,
                "this PDF has \(pages) pages, more than the \(limits.maxPDFPages) allowed for an agreement; it was not read",
                file: name)
        }
        return pages
    }

    func unreadable(_ detail: String) -> ImportError {
        let lines = detail.split(separator: "\n").map(String.init)
        let first = lines.first { $0.contains("Error") } ?? lines.first ?? ""
        return ImportError(
            .unreadablePDF,
            "this file is not a readable PDF" + (first.isEmpty ? "" : " (\(first))")
                + "; ask the partner for a new copy", file: name)
    }

    func timeout() -> ImportError {
        ImportError(
            .parseTimeout,
            "reading this PDF took longer than the \(Int(limits.maxParseSeconds)) seconds allowed; it was stopped and not read",
            file: name)
    }
}
