import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceTestSupport
import Foundation
import Testing

/// The web pages of an assessment started on an earlier version of its questionnaire: shown with
/// that version's questions (the text the database kept), with nothing offered, while a new
/// assessment runs on the installed version.
@Suite struct QuestionnaireVersionViewsTests {
    /// The shipped definitions with `psea-common.yaml` as version 1 had it.
    static func withCommonVersionOne() throws -> DefinitionSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-v1-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let assessments = folder.appendingPathComponent("Assessments")
        try FileManager.default.copyItem(at: Repository.url("Assessments"), to: assessments)
        try Repository.text("Tests/Fixtures/questionnaires/psea-common-v1.yaml").write(
            to: assessments.appendingPathComponent("psea-common.yaml"), atomically: true, encoding: .utf8)
        return DefinitionDirectory.load(workflows: Repository.url("Workflows"), assessments: assessments)
    }

    @Test func anAssessmentOnAnEarlierVersionIsShownWithItAndOffersNothing() async throws {
        let (fixture, _) = try await PartnerViewsTests.portfolio()
        let before = try Self.withCommonVersionOne()
        #expect(before.report.isValid, "\(before.report.errors)")
        let officer = Actor(user: "amina", role: "programme_officer")
        let started = try fixture.store.startAssessment(
            partner: "P-0001", questionnaire: "psea-common", actor: officer, definitions: before,
            now: fixture.now)
        _ = try fixture.store.send(
            subject: started, event: "invite_partner", assignments: [], actor: officer, definitions: before,
            now: fixture.now)

        let wanjiru = try await fixture.service.authenticate("wanjiru", role: nil)
        let page = try await fixture.service.assessmentPage(started, by: wanjiru)
        #expect(page.record.questionnaire.version == 1)
        #expect(page.questionnaire.version == 1 && page.installed?.version == 2)
        #expect(page.questionnaire.question("investigations.past_allegations") == nil)
        #expect(page.questionnaire.question("corrective_action.measures")?.shownWhen == nil)
        #expect(page.allowed.isEmpty && page.actions.isEmpty && page.othersActions.isEmpty)
        #expect(!page.may("answer"))
        #expect(try await fixture.service.myWork(by: wanjiru).allSatisfy { $0.subject != started })
        try await fixture.expectAnswerRefused(started, by: wanjiru)

        // One started on the installed version is shown with it, and answered as usual.
        let next = try fixture.store.startAssessment(
            partner: "P-0004", questionnaire: "psea-common", actor: officer,
            definitions: AppFixture.definitions, now: fixture.now)
        let amina = try await fixture.service.authenticate("amina", role: nil)
        let current = try await fixture.service.assessmentPage(next, by: amina)
        #expect(current.questionnaire.version == 2 && current.installed == nil)
        #expect(current.may("invite_partner"))
        #expect(try await fixture.service.myWork(by: amina).contains { $0.subject == next })
        #expect(try fixture.store.verify().isIntact)
    }
}
