import DiligenceCore
import DiligenceImport
import Foundation
import ZIPFoundation

/// Agreement import and clause detection: a generated 20 MB agreement XML beside
/// `xmllint --stream --noout` on the same file, a 300-page .docx, and detection on 100 pages.
enum ImportBenchmark {
    struct Result {
        var xmlBytes: Int
        var importSeconds: Double
        var xmllintSeconds: Double?
        var xmllintNote: String
        var docxPages: Int
        var docxSeconds: Double
        var detectionPages: Int
        var detectionMilliseconds: Double
        var findings: Int
    }

    /// One page of agreement text: a numbered article with a heading and eight paragraphs, some
    /// of them PSEA provisions.
    static func pageParagraphs(_ page: Int) -> (heading: String, paragraphs: [String]) {
        let provisions = [
            "The Partner shall take all appropriate measures to prevent sexual exploitation and abuse of any person by its personnel.",
            "The Partner shall report allegations of sexual exploitation and abuse to the UN entity promptly and confidentially.",
            "The Partner shall investigate allegations without delay, keep the UN entity informed and take corrective action.",
            "The Partner shall ensure that all personnel complete training on the prevention of sexual exploitation and abuse.",
        ]
        var paragraphs: [String] = []
        for line in 0..<8 {
            if line == 3 {
                paragraphs.append(provisions[page % provisions.count])
            } else {
                paragraphs.append(
                    "\(page).\(line + 1) The Partner shall carry out the activities described in the programme document in accordance with the work plan, the budget and the reporting schedule agreed with the UN entity, and shall keep complete and accurate records of all expenditure under this agreement for review at any time."
                )
            }
        }
        return ("Article \(page): Obligations of the Partner", paragraphs)
    }

    static func xml(pages: Int) -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<agreement>\n"
        for page in 1...pages {
            let (heading, paragraphs) = pageParagraphs(page)
            text += "<section number=\"\(page)\"><title>\(heading)</title>\n"
            for paragraph in paragraphs { text += "<p>\(paragraph)</p>\n" }
            text += "</section>\n"
        }
        return text + "</agreement>\n"
    }

    static func docx(pages: Int) throws -> Data {
        var body = ""
        for page in 1...pages {
            let (heading, paragraphs) = pageParagraphs(page)
            body += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>\(heading)</w:t></w:r></w:p>"
            for paragraph in paragraphs { body += "<w:p><w:r><w:t>\(paragraph)</w:t></w:r></w:p>" }
        }
        let document =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        let types =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, text) in [("[Content_Types].xml", types), ("word/document.xml", document)] {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        guard let data = archive.data else { throw BenchmarkFailure("the .docx could not be built") }
        return data
    }

    static func run(catalogue: ClauseCatalogue?, directory: URL, quick: Bool) throws -> Result {
        let importer = AgreementImporter()
        var pages = 1
        var text = xml(pages: 1)
        let targetBytes = quick ? 2_000_000 : 20_000_000
        pages = max(1, targetBytes / text.utf8.count)
        text = xml(pages: pages)
        let xmlURL = directory.appendingPathComponent("agreement.xml")
        try Data(text.utf8).write(to: xmlURL)
        let (importSeconds, xmllintSeconds, xmllintNote, imported) = try xmlBesideXmllint(
            xmlURL, importer: importer, rounds: quick ? 3 : 7)
        guard imported > 0 else { throw BenchmarkFailure("the generated agreement imported no paragraphs") }

        let docxPages = quick ? 30 : 300
        let docxURL = directory.appendingPathComponent("agreement.docx")
        try docx(pages: docxPages).write(to: docxURL)
        let docxSeconds = try Measure.median(runs: 3) {
            _ = try importer.importFile(at: docxURL, format: .docx)
        }

        var detectionMilliseconds = 0.0
        var findings = 0
        if let catalogue {
            let hundredPages = try importer.importData(
                Data(xml(pages: 100).utf8), fileName: "hundred.xml", format: .xml)
            let detector = ClauseDetector(catalogue: catalogue)
            detectionMilliseconds =
                Measure.median(runs: 7) {
                    findings = detector.findings(in: hundredPages).filter { $0.status != .absent }.count
                } * 1000
        }
        return Result(
            xmlBytes: text.utf8.count, importSeconds: importSeconds, xmllintSeconds: xmllintSeconds,
            xmllintNote: xmllintNote, docxPages: docxPages, docxSeconds: docxSeconds, detectionPages: 100,
            detectionMilliseconds: detectionMilliseconds, findings: findings)
    }

    /// The import of `file` and `xmllint --stream --noout` on the same file, alternating in
    /// `rounds` rounds after one warm-up of each (the file is in the page cache for both, and load
    /// on the machine falls on both alike); the median of each. The xmllint time includes starting
    /// its process (about a millisecond). `nil` with a note when xmllint is not installed.
    static func xmlBesideXmllint(_ file: URL, importer: AgreementImporter, rounds: Int) throws -> (
        importSeconds: Double, xmllintSeconds: Double?, xmllintNote: String, paragraphs: Int
    ) {
        let path = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(
            where: FileManager.default.isExecutableFile)
        var paragraphs = 0
        var failed = false
        func importOnce() throws {
            paragraphs = try importer.importFile(at: file, format: .xml).paragraphs.count
        }
        func xmllintOnce(_ path: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["--stream", "--noout", file.path]
            do {
                try process.run()
                process.waitUntilExit()
                failed = failed || process.terminationStatus != 0
            } catch {
                failed = true
            }
        }
        try importOnce()
        if let path { xmllintOnce(path) }
        var importTimings: [Double] = []
        var xmllintTimings: [Double] = []
        for _ in 0..<rounds {
            importTimings.append(try Measure.seconds(importOnce))
            if let path { xmllintTimings.append(Measure.seconds { xmllintOnce(path) }) }
        }
        let importSeconds = importTimings.sorted()[rounds / 2]
        guard path != nil else {
            return (
                importSeconds, nil, "xmllint is not installed (apt-get install libxml2-utils); no baseline",
                paragraphs
            )
        }
        guard !failed else { return (importSeconds, nil, "xmllint failed on the generated file", paragraphs) }
        return (importSeconds, xmllintTimings.sorted()[rounds / 2], "xmllint --stream --noout", paragraphs)
    }

    /// Imports a generated agreement XML of about `megabytes` once (for a profiler: no baseline, no
    /// .docx, no detection); the number of paragraphs.
    static func importOnce(megabytes: Int, directory: URL) throws -> Int {
        let pages = max(1, megabytes * 1_000_000 / xml(pages: 1).utf8.count)
        let url = directory.appendingPathComponent("profile.xml")
        try Data(xml(pages: pages).utf8).write(to: url)
        return try AgreementImporter().importFile(at: url, format: .xml).paragraphs.count
    }
}
