import DiligenceCore
import DiligenceImport
import DiligenceTestSupport
import Foundation

/// The test corpus of `Fixtures/`: agreements in the three formats (`.docx.txt` outlines are built
/// into `.docx` files), documents that are not agreements, and the expected finding per clause
/// (`expected.json`; a clause not listed is expected absent).
struct ClauseCorpus {
    struct Document {
        var name: String
        var document: AgreementDocument
        var findings: [ClauseFinding]
        var expected: [String: ClauseStatus]
    }

    let catalogue: ClauseCatalogue
    let documents: [Document]

    static func load() throws -> ClauseCorpus {
        let path = "Assessments/agreement-clauses.yaml"
        let (loaded, report) = ClauseCatalogueLoader.load(file: path, text: try Repository.text(path))
        guard let catalogue = loaded else {
            throw CorpusError(message: report.errors.map(\.description).joined())
        }
        let folder = "Tests/DiligenceImportTests/Fixtures/"
        let expectedData = try Data(contentsOf: Repository.url(folder + "expected.json"))
        let expected = try JSONDecoder().decode([String: [String: ClauseStatus]].self, from: expectedData)
        let detector = ClauseDetector(catalogue: catalogue)
        let importer = AgreementImporter()
        var documents: [Document] = []
        for name in expected.keys.sorted() {
            let data = try Data(contentsOf: Repository.url(folder + name))
            for (shown, rendered) in try renderings(of: name, data) {
                let document = try importer.importData(rendered, fileName: shown)
                documents.append(
                    Document(
                        name: shown, document: document, findings: detector.findings(in: document),
                        expected: expected[name] ?? [:]))
            }
        }
        return ClauseCorpus(catalogue: catalogue, documents: documents)
    }

    struct CorpusError: Error { var message: String }

    /// The files a corpus entry stands for: an `.outline.txt` in each of the three formats (named
    /// `NAME.xml`, `NAME.html`, `NAME.docx`), a `.docx.txt` outline as a Word file, anything else
    /// as it is.
    static func renderings(of name: String, _ data: Data) throws -> [(String, Data)] {
        let text = String(decoding: data, as: UTF8.self)
        if name.hasSuffix(".outline.txt") {
            let base = String(name.dropLast(".outline.txt".count))
            return [
                (base + ".xml", Data(OutlineMarkup.xml(outline: text).utf8)),
                (base + ".html", Data(OutlineMarkup.html(outline: text).utf8)),
                (base + ".docx", try DocxFixture.docx(body: DocxFixture.body(outline: text))),
            ]
        }
        if name.hasSuffix(".docx.txt") {
            return [(name, try DocxFixture.docx(body: DocxFixture.body(outline: text)))]
        }
        return [(name, data)]
    }

    /// Counts for one clause: detection of "present" and agreement on "partial".
    struct Figures {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var partialExpected = 0
        var partialFound = 0
        var partialFalseAlarms = 0

        var recall: Double {
            truePositives + falseNegatives == 0
                ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        var precision: Double {
            truePositives + falsePositives == 0
                ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
    }

    /// Figures per clause id.
    func figures() -> [String: Figures] {
        var result: [String: Figures] = [:]
        for document in documents {
            for finding in document.findings {
                let expected = document.expected[finding.clause] ?? .absent
                var figures = result[finding.clause] ?? Figures()
                switch (expected, finding.status) {
                case (.present, .present): figures.truePositives += 1
                case (.present, _): figures.falseNegatives += 1
                case (_, .present): figures.falsePositives += 1
                default: break
                }
                if expected == .partial {
                    figures.partialExpected += 1
                    if finding.status == .partial { figures.partialFound += 1 }
                } else if expected == .absent, finding.status == .partial {
                    figures.partialFalseAlarms += 1
                }
                result[finding.clause] = figures
            }
        }
        return result
    }

    /// Findings that differ from the expectation, as `file clause: expected -> found (why)`.
    func mismatches() -> [String] {
        documents.flatMap { document in
            document.findings.compactMap { finding in
                let expected = document.expected[finding.clause] ?? .absent
                guard expected != finding.status else { return nil }
                return
                    "\(document.name) \(finding.clause): expected \(expected.rawValue), found \(finding.status.rawValue) (\(finding.explanation))"
            }
        }
    }

    /// The table for the closing note.
    func table() -> String {
        let figures = figures()
        var lines = [
            "clause | recall | precision | TP | FP | FN | partial found/expected | partial on absent"
        ]
        for clause in catalogue.clauses {
            let f = figures[clause.id] ?? Figures()
            lines.append(
                "\(clause.id) | \(String(format: "%.2f", f.recall)) | \(String(format: "%.2f", f.precision)) | \(f.truePositives) | \(f.falsePositives) | \(f.falseNegatives) | \(f.partialFound)/\(f.partialExpected) | \(f.partialFalseAlarms)"
            )
        }
        return lines.joined(separator: "\n")
    }
}
