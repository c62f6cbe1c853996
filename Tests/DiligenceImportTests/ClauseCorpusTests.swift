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

    @Test func everyClauseIsFoundExactlyAsExpected() throws {
        let corpus = try ClauseCorpus.load()
        #expect(corpus.mismatches() == [])
        for (clause, f) in corpus.figures() {
            #expect(f.recall == 1, "recall of \(clause)")
            #expect(f.precision == 1, "precision of \(clause)")
        }
    }

    /// "shall not be required to report", "is not obliged to refer", "do not survive", and the
    /// French and Spanish forms: absent, with the negating words in the explanation.
    @Test func aNegatedDutyIsAbsentAndTheFindingSaysWhy() throws {
        let corpus = try ClauseCorpus.load()
        let negated: [String: [String: String]] = [
            "negated-duties": [
                "C5": "not be required to report", "C7": "not obliged to refer", "C12": "not survive",
            ],
            "negated-fr": ["C5": "n est pas tenu de signaler"],
            "negado-es": ["C5": "no esta obligado a informar"],
        ]
        for document in corpus.documents {
            let base = String(document.name.prefix { $0 != "." })
            guard let expected = negated[base] else { continue }
            for (clause, words) in expected {
                let finding = try #require(document.findings.first { $0.clause == clause })
                #expect(finding.status == .absent, "\(document.name) \(clause)")
                #expect(finding.negation == words, "\(document.name) \(clause)")
                #expect(
                    finding.explanation.hasPrefix("the text negates the duty: \"\(words)\""),
                    "\(document.name) \(clause): \(finding.explanation)")
                #expect(finding.location != nil && finding.excerpt != nil, "\(document.name) \(clause)")
            }
            // A prohibition is worded with "not" and is the clause.
            if base == "negated-duties" {
                #expect(document.findings.first { $0.clause == "C2" }?.status == .present, "\(document.name)")
            }
        }
    }

    /// The excerpt of a finding starts with a sentence of the paragraph its location names, in
    /// every format.
    @Test func theExcerptStartsAtTheParagraphItsLocationNames() throws {
        let corpus = try ClauseCorpus.load()
        var checked = 0
        for document in corpus.documents {
            for finding in document.findings {
                guard let location = finding.location, let excerpt = finding.excerpt else { continue }
                let sentences = document.document.sections.flatMap(\.paragraphs)
                    .filter { $0.location == location }
                    .flatMap { SentenceSplitter.sentences(AgreementText.prepare($0.text)) }
                #expect(
                    sentences.contains { excerpt.hasPrefix($0) || $0.hasPrefix(excerpt.dropLast(3)) },
                    "\(document.name) \(finding.clause) at \(location): \(excerpt.prefix(80))")
                checked += 1
            }
        }
        #expect(checked > 200)
    }
}
