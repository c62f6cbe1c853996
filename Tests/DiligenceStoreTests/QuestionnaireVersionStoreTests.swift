import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// An assessment started before a questionnaire's new version keeps the version and text it
/// started on: the audit replays it on the stored text, and later changes are refused until it is
/// finished on that version's file.
@Suite struct QuestionnaireVersionStoreTests {
    /// The definitions with `id`'s file as it was at `path` (the version 1 fixture, or the shipped
    /// file).
    static func definitions(_ id: String, from path: String) throws -> DefinitionSet {
        let root = StoreFixtures.repositoryRoot
        var files = AssessmentFixtures.files.filter { $0.1 == .workflows }.map { path, folder in
            DefinitionSet.File(
                path: path,
                text: (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? "",
                folder: folder)
        }
        files.append(
            DefinitionSet.File(
                path: "Assessments/\(id).yaml",
                text: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8),
                folder: .assessments))
        return DefinitionSet(files: files)
    }

    @Test(arguments: ["psea-common", "psea-unicef-2020"])
    func anAssessmentStartedOnVersionOneKeepsItAndStillVerifies(id: String) throws {
        let before = try Self.definitions(id, from: "Tests/Fixtures/questionnaires/\(id)-v1.yaml")
        let after = try Self.definitions(id, from: "Assessments/\(id).yaml")
        #expect(
            before.report.isValid && after.report.isValid, "\(before.report.errors) \(after.report.errors)")
        let old = try #require(before.questionnaires[id])
        let new = try #require(after.questionnaires[id])
        #expect(old.version == 1 && new.version == 2)

        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: before,
            now: StoreFixtures.start)
        let started = try store.startAssessment(
            partner: "P-0001", questionnaire: id, actor: StoreFixtures.officer, definitions: before,
            now: StoreFixtures.start)
        _ = try store.send(
            subject: started, event: "invite_partner", assignments: [], actor: StoreFixtures.officer,
            definitions: before, now: StoreFixtures.days(1))
        // Version 1 asked about corrective action (common) without the no-allegation question.
        for answer in AssessmentFixtures.answers(old) {
            _ = try store.changeAssessment(
                id: started, event: "answer", change: answer, assignments: [],
                actor: AssessmentFixtures.partner,
                definitions: before, now: StoreFixtures.days(2))
        }

        // The new version ships: the assessment is still pinned to version 1 and its hash.
        let entry = try store.assessment(started)
        #expect(entry.record.questionnaire == QuestionnaireReference(old))
        #expect(entry.record.questionnaire.version == 1)
        #expect(entry.instance.snapshot.context["unanswered_required"] == .int(0))
        let report = try store.verify()
        #expect(report.problems.map(\.description) == [])
        #expect(report.isIntact)
        do {
            _ = try store.changeAssessment(
                id: started, event: "submit", change: nil, assignments: [], actor: AssessmentFixtures.partner,
                definitions: after, now: StoreFixtures.days(3))
            Issue.record("an assessment must not go on under another version of its questionnaire")
        } catch {
            guard case .questionnaireChanged(_, let questionnaire, _, _) = error else {
                Issue.record("refused for another reason: \(error)")
                return
            }
            #expect(questionnaire == id)
        }
        // A new assessment starts on version 2; the version 1 one still finishes on its own file.
        let next = try store.startAssessment(
            partner: "P-0001", questionnaire: id, actor: StoreFixtures.officer, definitions: after,
            now: StoreFixtures.days(3))
        #expect(try store.assessment(next).record.questionnaire.version == 2)
        _ = try store.changeAssessment(
            id: started, event: "submit", change: nil, assignments: [], actor: AssessmentFixtures.partner,
            definitions: before, now: StoreFixtures.days(4))
        #expect(try store.assessment(started).record.questionnaire.version == 1)
        #expect(try temporary.count("questionnaire_definition") == 2)
        #expect(try store.verify().isIntact)
    }
}
