import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The assessment pages' view, built in the layer: what a partner's staff may answer, each
/// standard's progress, and the refusal of another partner's assessment.
@Suite struct AssessmentViewsTests {
    @Test func aPartnerAnswersItsOwnAssessmentAndSeesEachStandardsProgress() async throws {
        let (fixture, _) = try await PartnerViewsTests.portfolio()
        let started = try fixture.startedAssessment(of: "P-0001")
        let amina = try await fixture.service.authenticate("amina", role: nil)
        let wanjiru = try await fixture.service.authenticate("wanjiru", role: nil)
        let draft = try await fixture.service.assessmentPage(started, by: wanjiru)
        #expect(!draft.may("answer"))
        // Not open yet: the partner's staff are shown where it stands, the UN staff whose it is.
        #expect(draft.answering == .closed)
        #expect(
            try await fixture.service.assessmentPage(started, by: amina).answering
                == .otherRoles(needed: ["partner"]))
        try await fixture.service.changeAssessment(
            started, event: "invite_partner", change: nil, data: [], by: amina)
        let invited = try await fixture.service.assessmentPage(started, by: wanjiru)
        #expect(invited.may("answer") && invited.may("submit"))
        #expect(invited.answering == .open)
        #expect(
            try await fixture.service.assessmentPage(started, by: amina).answering
                == .otherRoles(needed: ["partner"]))
        #expect(!invited.may("rate"))
        let policy = try #require(invited.questionnaire.standards.first)
        #expect(invited.progress(of: policy) == .notStarted)
        let first = try #require(policy.questions.first)
        try await fixture.service.answer(
            started, rows: [AnswerSheetRow(place: "web", question: first.id, answer: Answer(value: "yes"))],
            by: wanjiru)
        let answered = try await fixture.service.assessmentPage(started, by: wanjiru)
        #expect(answered.progress(of: policy) == (policy.questions.count == 1 ? .completed : .inProgress))
        #expect(answered.actions.allSatisfy { !AssessmentPage.formEvents.contains($0.event) })
    }

    @Test func anotherPartnersAssessmentIsUnknownAndNothingIsWritten() async throws {
        let (fixture, _) = try await PartnerViewsTests.portfolio()
        let started = try fixture.startedAssessment(of: "P-0002")
        let wanjiru = try await fixture.service.authenticate("wanjiru", role: nil)
        let rows = try fixture.logRows()
        await #expect(throws: StoreError.self) {
            _ = try await fixture.service.assessmentPage(started, by: wanjiru)
        }
        try await fixture.expectAnswerRefused(started, by: wanjiru)
        #expect(try fixture.logRows() == rows)
    }
}

/// Files of evidence attached through the layer: checked, kept, cited in the log; nothing kept
/// when refused.
@Suite struct EvidenceAttachmentTests {
    @Test func aFileIsCheckedKeptAndCitedOrRefusedWithNothingWritten() async throws {
        let (fixture, _) = try await PartnerViewsTests.portfolio()
        let id = try fixture.startedAssessment(of: "P-0001")
        let amina = try await fixture.service.authenticate("amina", role: nil)
        let wanjiru = try await fixture.service.authenticate("wanjiru", role: nil)
        try await fixture.service.changeAssessment(
            id, event: "invite_partner", change: nil, data: [], by: amina)
        let pdf = EvidenceUpload(name: "../../etc/policy\u{7}.pdf", data: Data("%PDF-1.4 policy".utf8))
        let rows = try fixture.logRows()
        for (upload, problem) in [
            (pdf, "answer-first"), (EvidenceUpload(name: "x.pdf", data: Data()), "empty"),
            (EvidenceUpload(name: "x.pdf", data: Data("MZ".utf8)), "type"),
            (EvidenceUpload(name: "x.pdf", data: Data(count: EvidenceRules.maximumBytes + 1)), "too-large"),
        ] {
            let error = await refusal {
                try await fixture.service.attachEvidence(
                    upload, to: id, standard: "policy", type: "other", by: wanjiru)
            }
            #expect(error?.values["problem"] == problem)
        }
        #expect(try fixture.logRows() == rows)
        try await fixture.service.answer(
            id, rows: [AnswerSheetRow(place: "web", question: "policy.exists", answer: Answer(value: "yes"))],
            by: wanjiru)
        let officerTry = await refusal {
            try await fixture.service.attachEvidence(
                pdf, to: id, standard: "policy", type: "other", by: amina)
        }
        #expect(officerTry?.code == .notAllowed)
        let file = try await fixture.service.attachEvidence(
            pdf, to: id, standard: "policy", type: "other", by: wanjiru)
        #expect(file.name == "policy.pdf" && file.mediaType == "application/pdf")
        let kept = try await fixture.service.evidenceFile(file.sha256, of: id, by: amina)
        #expect(kept?.data == pdf.data)
        let cited = try fixture.store.assessment(id).record.answers["policy.exists"]?.evidence
        #expect(cited?.contains { $0.description == "File policy.pdf (SHA-256 \(file.sha256))" } == true)
        #expect(try fixture.store.verify().isIntact)
    }
}
