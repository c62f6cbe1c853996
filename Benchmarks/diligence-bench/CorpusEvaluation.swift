import DiligenceCore
import DiligenceImport
import Foundation

/// `diligence-bench --corpus FOLDER`: imports each labelled document of a corpus of real agreements
/// (as it is, and printed to PDF and scanned when the tools are there), finds the clauses and prints
/// recall and precision per language, per clause and per rendering against `labels.json`. The
/// corpus is read where it is; nothing of it is copied.
enum CorpusEvaluation {
    /// Runs the evaluation and prints the tables; `renderings` are the forms each document is read in.
    static func run(
        corpus: URL, catalogue: ClauseCatalogue, renderings: [CorpusRendering], scratch: URL
    ) throws {
        let labels = try CorpusLabels.load(corpus)
        let detector = ClauseDetector(catalogue: catalogue)
        print(
            "corpus \(corpus.path): \(labels.documents.count) documents; catalogue \(catalogue.id) version \(catalogue.version)"
        )
        var summaries: [(CorpusRendering, [String: CorpusScore])] = []
        for rendering in renderings {
            print("\n== \(rendering.name) ==")
            var results: [(CorpusLabels.Document, [ClauseFinding])] = []
            for document in labels.documents {
                let source = corpus.appendingPathComponent(document.file)
                guard let findings = read(source, document, rendering, detector, scratch) else { continue }
                results.append((document, findings))
            }
            let byLanguage = printTables(results, clauses: catalogue.clauses.map(\.id))
            summaries.append((rendering, byLanguage))
        }
        guard summaries.count > 1 else { return }
        print("\n== summary: recall (present+partial) / recall (present) / absent reported present ==")
        for (rendering, byLanguage) in summaries {
            let cells = byLanguage.keys.sorted().map { language in
                let score = byLanguage[language]!
                return
                    "\(language) \(CorpusScore.shown(score.recall))/\(CorpusScore.shown(score.recallPresent))/\(score.absentReportedPresent)"
            }
            print(
                rendering.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + cells.joined(separator: "  "))
        }
    }

    /// Imports one document in one rendering and finds its clauses; prints how it was read.
    private static func read(
        _ source: URL, _ document: CorpusLabels.Document, _ rendering: CorpusRendering,
        _ detector: ClauseDetector, _ scratch: URL
    ) -> [ClauseFinding]? {
        let started = Date()
        let file: URL
        do {
            file = try rendering.render(source, scratch)
        } catch {
            print("  \(document.file): cannot make the \(rendering.name) rendering: \(error)")
            return nil
        }
        // The evaluation's own scans are uncompressed images: far larger than a scanner's files.
        var limits = ImportLimits.standard
        limits.maxDocumentBytes = 2_000_000_000
        let importer = AgreementImporter(limits: limits)
        var imported: AgreementDocument
        var note = "format auto"
        do {
            imported = try importer.importFile(at: file, format: .auto)
        } catch {
            note = "format auto REFUSED (\(error.message)); read as \(file.pathExtension)"
            do {
                imported = try importer.importFile(
                    at: file, format: ImportFormat(rawValue: file.pathExtension) ?? .auto)
            } catch {
                print("  \(document.file): cannot be imported: \(error)")
                return nil
            }
        }
        let findings = detector.findings(in: imported)
        let seconds = Date().timeIntervalSince(started)
        let locations = Set(findings.compactMap(\.location)).count
        print(
            "  \(document.file): \(note) -> \(imported.format), \(imported.paragraphs.count) paragraphs, language \(AgreementLanguage.detect(imported)), \(locations) distinct finding locations, \(String(format: "%.1f", seconds)) s"
        )
        return findings
    }

    /// Prints the per-language and per-clause tables and returns the per-language scores.
    private static func printTables(
        _ results: [(CorpusLabels.Document, [ClauseFinding])], clauses: [String]
    ) -> [String: CorpusScore] {
        var byLanguage: [String: CorpusScore] = [:]
        var byClause: [String: [String: CorpusScore]] = [:]
        for (document, findings) in results {
            for finding in findings {
                let label = document.labels[finding.clause] ?? .absent
                byLanguage[document.language, default: CorpusScore()].add(label: label, found: finding.status)
                byClause[finding.clause, default: [:]][document.language, default: CorpusScore()].add(
                    label: label, found: finding.status)
            }
        }
        print("  language  recall(p+p)  recall(present)  precision  absent->present  partial found")
        for language in byLanguage.keys.sorted() {
            let score = byLanguage[language]!
            print(
                "  \(language.padding(toLength: 8, withPad: " ", startingAt: 0))  \(CorpusScore.shown(score.recall))         \(CorpusScore.shown(score.recallPresent))             \(CorpusScore.shown(score.precision))       \(score.absentReportedPresent)                \(score.partialFound)/\(score.labelledPartial)"
            )
        }
        let names = results.map { short($0.0.file) }
        print("\n  clause  " + names.map { $0.padding(toLength: 9, withPad: " ", startingAt: 0) }.joined())
        for clause in clauses {
            var row = "  " + clause.padding(toLength: 6, withPad: " ", startingAt: 0) + "  "
            for (document, findings) in results {
                let label = document.labels[clause] ?? .absent
                let found = findings.first { $0.clause == clause }?.status ?? .absent
                let cell = label == found ? letter(found) : "\(letter(label))>\(letter(found))!"
                row += cell.padding(toLength: 9, withPad: " ", startingAt: 0)
            }
            let perLanguage = (byClause[clause] ?? [:]).keys.sorted().filter { $0 != "none" }.map {
                language in
                let score = byClause[clause]![language]!
                return
                    "\(language) \(CorpusScore.shown(score.recall))/\(CorpusScore.shown(score.recallPresent))"
            }
            print(row + "  " + perLanguage.joined(separator: " "))
        }
        print(
            "  (P present, p partial, - absent; label>found! where they differ; per language: recall p+p/present)"
        )
        if CommandLine.arguments.contains("--explain") {
            for (document, findings) in results {
                for finding in findings where finding.status != document.labels[finding.clause] ?? .absent {
                    print(
                        "  \(short(document.file)) \(finding.clause) labelled \(document.labels[finding.clause] ?? .absent), found \(finding.status): \(finding.explanation)"
                    )
                }
            }
        }
        return byLanguage
    }

    private static func letter(_ status: ClauseStatus) -> String {
        switch status {
        case .present: "P"
        case .partial: "p"
        case .absent: "-"
        }
    }

    /// A short column name for a corpus file (`pca-en`, `ifrc-fr`, `iati`).
    private static func short(_ file: String) -> String {
        let name = file.lowercased()
        let family = name.contains("ifrc") ? "ifrc" : name.contains("pca") ? "pca" : String(name.prefix(4))
        let language = CorpusLabels.language(of: file)
        return name.contains("iati") ? "iati" : family + "-" + language
    }
}
