import DiligenceTestSupport
import Testing

@testable import DiligenceCore

/// Negation, anchors in one sentence, one language per paragraph and the excerpt's location, on
/// the shipped catalogue and small documents.
@Suite struct ClauseNegationTests {
    let detector: ClauseDetector

    init() throws {
        let path = "Assessments/agreement-clauses.yaml"
        let (catalogue, report) = ClauseCatalogueLoader.load(file: path, text: try Repository.text(path))
        detector = ClauseDetector(catalogue: try #require(catalogue, "\(report.errors)"))
    }

    func finding(_ clause: String, in paragraphs: [String]) throws -> ClauseFinding {
        try #require(detector.findings(in: .psea(paragraphs)).first { $0.clause == clause })
    }

    @Test(
        arguments: [
            (
                "The Partner shall not be required to report allegations of sexual abuse promptly and confidentially.",
                "not be required to report"
            ),
            (
                "The Partner need not report allegations of sexual abuse promptly and confidentially.",
                "not report"
            ),
            (
                "The Partner is under no obligation to report allegations of sexual abuse promptly and confidentially.",
                "no obligation to report"
            ),
            (
                "The Partner shall report allegations promptly and confidentially without any obligation to report them.",
                nil
            ),
            (
                "Without any obligation to report, the Partner keeps allegations confidential and acts promptly.",
                "without any obligation to report"
            ),
            ("The Partner never reports allegations promptly or confidentially.", "never reports"),
            (
                "The Partner doesn't report allegations of sexual abuse promptly or confidentially.",
                "doesn t report"
            ),
        ] as [(String, String?)])
    func aNegationCancelsTheReportingDuty(text: String, negation: String?) throws {
        let result = try finding("C5", in: [text])
        if let negation {
            #expect(result.status == .absent)
            #expect(result.negation == negation)
            #expect(result.explanation.contains("the text negates the duty: \"\(negation)\""))
            #expect(result.location == .line(1))
        } else {
            #expect(result.status == .present, "\(result.explanation)")
        }
    }

    @Test func wordingsWithACueThatDoNotNegateStillCount() throws {
        for text in [
            "The Partner shall report any allegation confidentially and no later than 24 hours, promptly.",
            "The Partner shall not only report allegations promptly but also confidentially.",
            "The Partner shall not retaliate against anyone, but shall report allegations promptly and confidentially.",
            "No personnel may be deployed before the Partner shall report every allegation promptly and confidentially.",
        ] {
            let result = try finding("C5", in: [text])
            #expect(result.status == .present, "\(text): \(result.explanation)")
            #expect(result.negation == nil)
        }
    }

    @Test func aProhibitionWordedWithNotIsTheClause() throws {
        let result = try finding(
            "C2",
            in: [
                "Personnel shall not engage in sexual exploitation or sexual abuse. A child is anyone under the age of 18. The exchange of money for sex is exploitation."
            ])
        #expect(result.status == .present)
        let retaliation = try finding(
            "C10", in: ["The Partner shall not retaliate against any person who reports an allegation."])
        #expect(retaliation.status == .present)
    }

    @Test func aNegationReachesTheWholeDutyNotOnlyItsFirstWord() throws {
        let result = try finding(
            "C7",
            in: [
                "The Partner is not obliged to refer survivors to medical, psychosocial or legal assistance, even with their consent."
            ])
        #expect(result.status == .absent)
        #expect(result.negation == "not obliged to refer")
        // A negation after a semicolon does not reach back, nor past one.
        let separate = try finding(
            "C7",
            in: [
                "The Partner shall refer survivors to medical assistance with their consent; no other referral is made."
            ])
        #expect(separate.status == .present)
    }

    @Test func survivalNegatedIsAbsentAndSaysSo() throws {
        let result = try finding(
            "C12", in: ["These obligations do not survive the expiry of this Agreement."])
        #expect(result.status == .absent)
        #expect(result.negation == "not survive")
        #expect(result.excerpt == "These obligations do not survive the expiry of this Agreement.")
    }

    @Test func c13NeedsTheTerminationForSEAAndTheSharingOfIt() throws {
        let unrelated = try finding(
            "C13",
            in: [
                "UN-Women may terminate this Agreement for breach of its financial reporting obligations.",
                "UN-Women may share its annual report with other United Nations entities.",
            ])
        #expect(unrelated.status == .absent)
        let otherGround = try finding(
            "C13",
            in: [
                "UN-Women may share with other United Nations entities that this Agreement was terminated for breach of its financial reporting obligations."
            ])
        #expect(otherGround.status == .partial)
        #expect(otherGround.missing == ["ground_sea"])
        let clause = try finding(
            "C13",
            in: [
                "UN-Women may share with other UN entities that this Agreement was terminated for sexual exploitation."
            ])
        #expect(clause.status == .present)
    }

    @Test func aPartialNeedsTheCoreInOneSentenceAndOneLanguage() throws {
        // Reporting from one sentence, the allegation and promptness from another: not C5.
        let split = try finding(
            "C5",
            in: [
                "The Partner shall investigate every allegation without delay. It shall submit an annual narrative report."
            ])
        #expect(split.status == .absent, "\(split.explanation)")
        // French "informe" is not English "informed".
        let falseFriend = try finding(
            "C5",
            in: ["The Partner shall investigate every allegation and keep UN-Women informed of progress."])
        #expect(falseFriend.status == .absent, "\(falseFriend.explanation)")
    }

    /// The review's case: a sub-contractor paragraph with none of C11's words before the
    /// termination paragraph; the finding said "line 2" and showed the sub-contractor text.
    @Test func theExcerptIsTheParagraphItsLocationNames() throws {
        let result = try finding(
            "C11",
            in: [
                "The Partner shall ensure that its sub-contractors respect the same standards.",
                "A breach of this article entitles UN-Women to terminate this Agreement with immediate effect.",
            ])
        #expect(result.status == .present)
        #expect(result.location == .line(2))
        #expect(
            result.excerpt
                == "A breach of this article entitles UN-Women to terminate this Agreement with immediate effect."
        )
    }

    @Test func theExcerptStartsAtTheLocationOfTheWindow() throws {
        let result = try finding(
            "C11",
            in: [
                "The Partner shall include the obligations of this article in its agreements with sub-contractors.",
                "The Partner shall keep records.",
                "A breach of this article entitles UN-Women to terminate this Agreement with immediate effect.",
            ])
        #expect(result.status == .present)
        #expect(result.location == .line(3))
        #expect(result.excerpt?.hasPrefix("A breach of this article") == true)
    }
}
