import DiligenceTestSupport
import Foundation

/// A form a corpus document is read in: as it is, printed to PDF by a browser, or printed and
/// scanned (each page rendered to a grey image at 150 dpi and put in a PDF with no text layer).
struct CorpusRendering: Sendable {
    /// `original`, `pdf` or `scan`.
    var name: String
    /// Makes the file to import from the corpus file (in `scratch`), or returns the corpus file.
    var render: @Sendable (_ source: URL, _ scratch: URL) throws -> URL

    /// The corpus file as it is.
    static let original = CorpusRendering(name: "original") { source, _ in source }

    /// The corpus file printed to PDF by headless Chromium.
    static let pdf = CorpusRendering(name: "pdf") { source, scratch in try printed(source, scratch) }

    /// The printed PDF scanned: pages as images only, read back by OCR.
    static let scan = CorpusRendering(name: "scan") { source, scratch in
        let printed = try printed(source, scratch)
        let folder = scratch.appendingPathComponent(
            "scan-" + source.deletingPathExtension().lastPathComponent)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scan = try PDFFixture.scanned(printed, dpi: 150, into: folder)
        let url = folder.appendingPathComponent(
            source.deletingPathExtension().lastPathComponent + "-scan.pdf")
        try scan.write(to: url)
        return url
    }

    /// The renderings `--rendering NAME` (repeatable) asks for; all three by default.
    static func chosen(_ arguments: [String]) -> [CorpusRendering] {
        let all = [original, pdf, scan]
        let names = arguments.indices.dropLast().filter { arguments[$0] == "--rendering" }.map {
            arguments[$0 + 1]
        }
        return names.isEmpty ? all : all.filter { names.contains($0.name) }
    }

    /// The browser that prints, when installed.
    static var browser: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Prints `source` to PDF once (kept in `scratch` for the scan).
    static func printed(_ source: URL, _ scratch: URL) throws -> URL {
        let output = scratch.appendingPathComponent(source.deletingPathExtension().lastPathComponent + ".pdf")
        if FileManager.default.fileExists(atPath: output.path) { return output }
        guard let browser else {
            throw EvaluationError("chromium is not installed (apt-get install chromium)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=" + scratch.appendingPathComponent("chromium").path,
            "--print-to-pdf=" + output.path, source.absoluteURL.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard FileManager.default.fileExists(atPath: output.path) else {
            throw EvaluationError("chromium did not print \(source.lastPathComponent)")
        }
        return output
    }
}
