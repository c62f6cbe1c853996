import DiligenceCore
import Foundation
import Testing

/// Recall and precision of clause detection over the corpus of `Fixtures/`.
@Suite struct ClauseCorpusTests {
    @Test func printsTheRecallAndPrecisionTable() throws {
        let corpus = try ClauseCorpus.load()
        print(corpus.table())
        for line in corpus.mismatches() { print("mismatch: " + line) }
    }

    @Test func everyClauseMeetsTheMinimumFigures() throws {
        let corpus = try ClauseCorpus.load()
        let figures = corpus.figures()
        let truePositives = figures.values.map(\.truePositives).reduce(0, +)
        let falsePositives = figures.values.map(\.falsePositives).reduce(0, +)
        let falseNegatives = figures.values.map(\.falseNegatives).reduce(0, +)
        #expect(Double(truePositives) / Double(truePositives + falseNegatives) >= 0.9)
        #expect(Double(truePositives) / Double(truePositives + falsePositives) >= 0.9)
        for (clause, f) in figures {
            #expect(f.recall >= 0.75, "recall of \(clause)")
            #expect(f.precision >= 0.75, "precision of \(clause)")
        }
    }

    @Test func documentsThatAreNotAgreementsHaveNoClause() throws {
        let corpus = try ClauseCorpus.load()
        for document in corpus.documents
        where document.name.hasPrefix("recipe") || document.name.hasPrefix("budget") {
            #expect(document.findings.allSatisfy { $0.status == .absent }, "\(document.name)")
        }
    }
}
