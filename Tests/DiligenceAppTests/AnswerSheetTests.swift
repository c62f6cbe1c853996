import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// An answer sheet given or uploaded, read and checked once, in the layer: within its size limit,
/// UTF-8, every row checked against the assessment's questionnaire; a refused sheet writes nothing.
@Suite struct AnswerSheetTests {
    /// An assessment of P-0001 open to the partner, and wanjiru, its partner user.
    static func invited() async throws -> (AppFixture, String, AuthenticatedActor) {
        let (fixture, _) = try await PartnerViewsTests.portfolio()
        let id = try fixture.startedAssessment(of: "P-0001")
        let amina = try await fixture.service.authenticate("amina", role: nil)
        try await fixture.service.changeAssessment(
            id, event: "invite_partner", change: nil, data: [], by: amina)
        return (fixture, id, try await fixture.service.authenticate("wanjiru", role: nil))
    }

    static func sheet(_ text: String) -> Data { Data(text.utf8) }

    @Test func aGoodSheetIsRecordedWhole() async throws {
        let (fixture, id, wanjiru) = try await Self.invited()
        let rows = try fixture.logRows()
        let results = try await fixture.service.answer(
            id, sheet: Self.sheet("question,value\npolicy.exists,yes\n"), file: "answers.csv", by: wanjiru)
        #expect(results.count == 1)
        #expect(try fixture.logRows() == rows + 1)
        let yaml = try await fixture.service.answerSheet(
            Self.sheet("answers:\n  - {question: policy.exists, value: \"no\"}\n"), file: "answers.yaml",
            for: id, by: wanjiru)
        #expect(yaml.map(\.question) == ["policy.exists"])
    }

    @Test func aSheetOverTheLimitIsRefusedWithItsSize() async throws {
        let (fixture, id, wanjiru) = try await Self.invited()
        let rows = try fixture.logRows()
        let large = Data(repeating: UInt8(ascii: "a"), count: DiligenceService.answerSheetLimit + 1)
        let error = await refusal {
            _ = try await fixture.service.answer(id, sheet: large, file: "answers.csv", by: wanjiru)
        }
        #expect(
            error
                == DiligenceError(
                    .fileTooLarge, field: .answerSheet,
                    [
                        "size": "\(DiligenceService.answerSheetLimit + 1)",
                        "limit": "\(DiligenceService.answerSheetLimit)",
                    ]))
        #expect(try fixture.logRows() == rows)
    }

    @Test func aSheetThatIsNotUTF8IsRefused() async throws {
        let (fixture, id, wanjiru) = try await Self.invited()
        let rows = try fixture.logRows()
        let error = await refusal {
            _ = try await fixture.service.answer(
                id, sheet: Data([0xFF, 0xFE, 0x00]), file: "a.csv", by: wanjiru)
        }
        #expect(error == DiligenceError(.notText, field: .answerSheet))
        #expect(try fixture.logRows() == rows)
    }

    @Test(arguments: [
        ("question,value\npolicy.exists,yes\npolicy.scope,\n", "row 3: the value of policy.scope is empty"),
        ("question,comment\n", "row 1: the header has no value column"),
        ("question,value\nno.such.question,yes\n", "no.such.question"),
    ])
    func aBadRowIsToldWithItsPlaceAndNothingIsRecorded(_ text: String, _ problem: String) async throws {
        let (fixture, id, wanjiru) = try await Self.invited()
        let rows = try fixture.logRows()
        do {
            _ = try await fixture.service.answer(id, sheet: Self.sheet(text), file: "a.csv", by: wanjiru)
            Issue.record("the sheet was recorded")
        } catch let error as AnswerSheetError {
            #expect(error.problems.contains { $0.contains(problem) }, "\(error.problems)")
        }
        #expect(try fixture.logRows() == rows)
    }

    @Test func anotherPartnersAssessmentIsUnknownBeforeItsSheetIsChecked() async throws {
        let (fixture, _, wanjiru) = try await Self.invited()
        let other = try fixture.startedAssessment(of: "P-0002")
        let rows = try fixture.logRows()
        await #expect(throws: StoreError.self) {
            _ = try await fixture.service.answerSheet(
                Self.sheet("question,value\npolicy.exists,yes\n"), file: "a.csv", for: other, by: wanjiru)
        }
        #expect(try fixture.logRows() == rows)
    }
}
