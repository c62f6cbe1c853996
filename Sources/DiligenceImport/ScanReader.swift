import DiligenceCore
import Foundation

/// Reads a scanned PDF (pages that are images, no text layer) by OCR: each page rendered by
/// poppler's `pdftoppm` and read by Tesseract (`tesseract-ocr` with the English, French and
/// Spanish data), both as ``SandboxedTool``s, two pages at a time. Each paragraph keeps the mean
/// confidence of its words, so every finding from a scan says it was read by OCR and how surely.
struct ScanReader {
    let file: URL
    let name: String
    let pages: Int
    let limits: ImportLimits
    let progress: ((Int, Int) -> Void)?

    /// The languages Tesseract reads with, those of the clause catalogues.
    static let languages = "eng+fra+spa"
    /// The resolution pages are rendered at for OCR.
    static let resolution = 200

    /// The document, or why the scan cannot be read.
    func read() throws(ImportError) -> AgreementDocument {
        guard let pdftoppm = SandboxedTool.locate("pdftoppm"),
            let tesseract = SandboxedTool.locate("tesseract")
        else {
            throw ImportError(
                .toolMissing,
                "this PDF is a scan (its pages are images), and reading it needs Tesseract OCR, which is not installed on this machine; install tesseract-ocr with tesseract-ocr-eng, tesseract-ocr-fra and tesseract-ocr-spa",
                file: name)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diligence-ocr-\(UUID())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ImportError(
                .unreadablePDF, "no temporary folder could be made to read this scan", file: name)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = PageResults(count: pages)
        let render = SandboxedTool(
            tool: pdftoppm, memoryBytes: limits.maxParserMemoryBytes, seconds: limits.maxParseSeconds)
        let ocr = SandboxedTool(
            tool: tesseract, memoryBytes: limits.maxParserMemoryBytes, seconds: limits.maxParseSeconds)
        let started = Date()
        let (pages, file, limits) = (pages, file, limits)
        let progress = Progress(report: progress)
        // The first page is read with every language; the others with those it is written in.
        var languages = Self.languages
        @Sendable func readPage(_ index: Int, _ languages: String) {
            let page = index + 1
            if Date().timeIntervalSince(started) > limits.maxScanSeconds {
                results.set(index, .failure(.timeout))
                return
            }
            let prefix = folder.appendingPathComponent("page-\(page)").path
            guard
                let rendered = render.run([
                    "-r", String(Self.resolution), "-gray", "-f", String(page), "-l", String(page),
                    "-singlefile",
                    file.path, prefix,
                ]), rendered.status == 0, !rendered.timedOut
            else {
                results.set(index, .failure(.render))
                return
            }
            guard
                let read = ocr.run(
                    [prefix + ".pgm", "stdout", "-l", languages, "--psm", "3", "tsv"],
                    environment: ["OMP_THREAD_LIMIT": "1"]), read.status == 0, !read.timedOut
            else {
                results.set(index, .failure(.ocr))
                return
            }
            try? FileManager.default.removeItem(atPath: prefix + ".pgm")
            results.set(index, .success(OCRPage(tsv: String(decoding: read.output, as: UTF8.self))))
            progress.tell(results.done, pages)
        }
        readPage(0, languages)
        if case .success(let first)? = results.all[0] {
            languages = Self.tesseractLanguages(of: first.text) ?? languages
        }
        let chosen = languages
        DispatchQueue.concurrentPerform(iterations: pages - 1) { readPage($0 + 1, chosen) }
        var builder = DocumentBuilder()
        var words = 0
        for (index, result) in results.all.enumerated() {
            switch result {
            case .success(let page):
                words += page.wordCount
                PDFReader.addPage(page.text, number: index + 1, to: &builder, ocr: page.lineConfidence)
            case .failure(.timeout), nil:
                throw ImportError(
                    .parseTimeout,
                    "reading this scan by OCR took longer than the \(Int(limits.maxScanSeconds)) seconds allowed; it was stopped and not read",
                    file: name)
            case .failure(.render):
                throw ImportError(
                    .unreadablePDF, "page \(index + 1) of this scan cannot be rendered; ask for a new copy",
                    file: name)
            case .failure(.ocr):
                throw ImportError(
                    .unreadablePDF,
                    "page \(index + 1) of this scan cannot be read by OCR; ask for a clearer copy",
                    file: name)
            }
        }
        guard words > 0 else {
            throw ImportError(
                .empty,
                "this PDF has no text, and OCR found no words on its pages (a blank or unreadable scan); ask the partner for a clearer copy",
                file: name)
        }
        return builder.build(.pdf)
    }

    /// Tesseract's names for the languages `text` is written in (`fra`, `fra+eng`); `nil` when
    /// they cannot be told.
    static func tesseractLanguages(of text: String) -> String? {
        let document = AgreementDocument(
            format: .pdf,
            sections: [
                AgreementSection(paragraphs: [AgreementParagraph(text: text, location: .page(1, line: 1))])
            ])
        let names = ["en": "eng", "fr": "fra", "es": "spa"]
        let found = AgreementLanguage.detect(document).languages.compactMap { names[$0] }
        return found.isEmpty ? nil : found.joined(separator: "+")
    }

    enum PageFailure: Error { case timeout, render, ocr }

    /// The caller's progress report, told from the workers one at a time.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private let report: ((Int, Int) -> Void)?

        init(report: ((Int, Int) -> Void)?) { self.report = report }

        func tell(_ done: Int, _ total: Int) {
            lock.lock()
            report?(done, total)
            lock.unlock()
        }
    }

    /// The pages' results, filled from concurrent workers.
    private final class PageResults: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<OCRPage, PageFailure>?]
        private var finished = 0

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<OCRPage, PageFailure>) {
            lock.lock()
            results[index] = result
            finished += 1
            lock.unlock()
        }

        var done: Int {
            lock.lock()
            defer { lock.unlock() }
            return finished
        }

        var all: [Result<OCRPage, PageFailure>?] {
            lock.lock()
            defer { lock.unlock() }
            return results
        }
    }
}

/// One page as Tesseract read it (its TSV output): the text, a line per OCR line and a blank
/// line between paragraphs, and each text line's mean word confidence (0-100). Tesseract starts a
/// paragraph where the layout looks like one, also inside a sentence (a line that ends short
/// before a URL, a hyphenated word); a paragraph whose last line does not close a sentence and
/// whose next line starts in lower case is read on, as one passage.
struct OCRPage: Sendable {
    var text = ""
    var lineConfidence: [Int: Double] = [:]
    var wordCount = 0

    init(tsv: String) {
        var lines: [(key: [Int], words: [String], confidences: [Double])] = []
        for row in tsv.split(separator: "\n").dropFirst() {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 12, columns[0] == "5", let confidence = Double(columns[10]),
                confidence >= 0
            else { continue }
            let word = String(columns[11]).trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { continue }
            let key = [columns[2], columns[3], columns[4]].compactMap { Int($0) }
            if lines.last?.key != key { lines.append((key, [], [])) }
            lines[lines.count - 1].words.append(word)
            lines[lines.count - 1].confidences.append(confidence)
        }
        var output: [String] = []
        var previous: [Int]?
        for line in lines {
            if let previous, previous.prefix(2) != line.key.prefix(2),
                !Self.readsOn(output.last ?? "", line.words.joined(separator: " "))
            {
                output.append("")
            }
            previous = line.key
            lineConfidence[output.count] = line.confidences.reduce(0, +) / Double(line.confidences.count)
            output.append(line.words.joined(separator: " "))
            wordCount += line.words.count
        }
        text = output.joined(separator: "\n")
    }

    /// True when the sentence of `line` goes on in the line `next`: `line` ends with a letter, a
    /// digit, a comma or a hyphen (no closing punctuation) and `next` starts with a lower-case
    /// letter that is not a list number ("a. The Partner ...").
    static func readsOn(_ line: String, _ next: String) -> Bool {
        guard let last = line.last, let first = next.first, first.isLowercase,
            AgreementText.numberingLength(Substring(next)) == nil
        else { return false }
        return last.isLetter || last.isNumber || last == "," || last == "-" || last == "\u{2010}"
            || last == "\u{00AD}"
    }
}
