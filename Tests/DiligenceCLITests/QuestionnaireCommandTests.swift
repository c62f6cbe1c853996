import Foundation
import Testing

/// The questionnaires as the real tools have them, through the real binary: conditional questions
/// checked by `diligence check` and shown, hidden and refused while answering; the no-allegation
/// path; the country-level reason of an international NGO.
@Suite struct QuestionnaireCommandTests {

    /// Replaces `old` (once) in the workspace's `psea-common.yaml`; returns the line it is on.
    func editCommon(_ workspace: CLIWorkspace, _ old: String, _ new: String) throws -> Int {
        let url = workspace.file("Assessments/psea-common.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.components(separatedBy: old)
        try #require(parts.count == 2, "\(old) must appear once")
        try parts.joined(separator: new).write(to: url, atomically: true, encoding: .utf8)
        return parts[0].components(separatedBy: "\n").count
    }

    @Test func checkRefusesAnUnknownQuestionOrAnswerInAConditionWithItsPosition() throws {
        let workspace = try CLIWorkspace()
        let line = try editCommon(
            workspace,
            "shown_when: {question: corrective_action.any_substantiated, answer: \"yes\"}\n      - id: corrective_action.example",
            "shown_when: {question: corrective_action.any_substantiatd, answer: \"yes\"}\n      - id: corrective_action.example"
        )
        let value = try editCommon(
            workspace,
            "        shown_when: {question: investigations.past_allegations, answer: \"yes\"}\n    evidence:",
            "        shown_when: {question: investigations.past_allegations, answer: \"yess\"}\n    evidence:"
        )
        let result = try workspace.run("check")
        #expect(result.exitCode == 3, "\(result)")
        #expect(
            result.stdout.contains(
                "Assessments/psea-common.yaml:\(line):32: error: the shown_when of question \"corrective_action.measures\" names \"corrective_action.any_substantiatd\", which is not a question of this questionnaire; did you mean \"corrective_action.any_substantiated\"?"
            ), "\(result)")
        #expect(
            result.stdout.contains(
                "Assessments/psea-common.yaml:\(value):73: error: the shown_when of question \"investigations.past_investigated\": \"yess\" is not an answer to investigations.past_allegations; it takes yes, no (did you mean \"yes\"?)"
            ), "\(result)")
        // Every command checks the definitions first: nothing runs on a broken questionnaire.
        let partner = try workspace.run(
            [
                "partner", "add", "Amani", "--country", "KE", "--type", "cso", "--as", "a", "--role",
                "programme_officer",
            ])
        #expect(partner.exitCode == 3 && partner.stdout.isEmpty, "\(partner)")
    }

    @Test func aPartnerWithNoPastAllegationsIsNotAskedAboutThemAndReachesFullCapacity() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        try workspace.answerAll(id)
        let shown = try workspace.run("assessment", "show", id)
        #expect(
            shown.stdout.contains(
                "investigations.past_investigated = (not asked: only when investigations.past_allegations is answered yes)"
            ),
            "\(shown)")
        let json = try workspace.showAssessment(id)
        #expect(
            json["not_asked"] as? [String] == [
                "investigations.past_investigated", "corrective_action.any_substantiated",
                "corrective_action.measures",
                "corrective_action.example",
            ])
        try workspace.expectRefused(
            "corrective_action.measures is asked only when corrective_action.any_substantiated is answered yes; corrective_action.any_substantiated has no answer yet"
        ) {
            try workspace.assessment(
                ["answer", id, "corrective_action.measures", "--value", "yes"], role: "partner")
        }
        try workspace.accept(id, "submit", role: "partner")
        try workspace.confirmFullCapacity(id)
        let final = try workspace.showAssessment(id)
        #expect(final["states"] as? [String] == ["valid"])
        #expect((final["determination"] as? [String: Any])?["capacity"] as? String == "full")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func anInternationalNGOsCountryLevelReasonIsShownAndExportedWithTheDetermination() throws {
        let workspace = try CLIWorkspace()
        let headquarters = try workspace.addPartner("Global Aid", country: "CH", type: "ingo")
        let partner = try workspace.addPartner(
            "Global Aid Kenya", type: "ingo", extra: ["--headquarters", headquarters])
        let started = try workspace.assessment(
            ["start", partner, "--questionnaire", "psea-common", "--country-level-reason", "sea_allegation"],
            role: "programme_officer")
        #expect(started.exitCode == 0, "\(started)")
        let id = started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try workspace.answerAndSubmit(id)
        try workspace.confirmFullCapacity(id)
        let text = try workspace.run("assessment", "show", id)
        #expect(
            text.stdout.contains(
                "country     an international NGO assessed at country level: an allegation of sexual exploitation or abuse (sea_allegation)"
            ), "\(text)")
        #expect(try workspace.showAssessment(id)["country_level_reason"] as? String == "sea_allegation")
        let exported = try workspace.run("assessment", "export", id, "--entity", "UNICEF Kenya")
        #expect(exported.exitCode == 0, "\(exported)")
        let document = try exported.jsonObject()
        #expect(document["country_level_reason"] as? String == "sea_allegation")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func aBadCountryLevelReasonOrOneForAnotherPartnerIsRefusedAndWritesNothing() throws {
        let workspace = try CLIWorkspace()
        let ngo = try workspace.addPartner("Amani", type: "ngo")
        let ingo = try workspace.addPartner("Global Aid", country: "CH", type: "ingo")
        try workspace.expectRefused(
            code: 2,
            "--country-level-reason: \"high_risk\" is not a reason for assessing an international NGO at country level; use decentralised, sea_allegation, global_policy_not_implemented, high_risk_context"
        ) {
            try workspace.assessment(
                ["start", ingo, "--questionnaire", "psea-common", "--country-level-reason", "high_risk"],
                role: "programme_officer")
        }
        try workspace.expectRefused(code: 2, "(did you mean \"decentralised\"?)") {
            try workspace.assessment(
                ["start", ingo, "--questionnaire", "psea-common", "--country-level-reason", "decentralized"],
                role: "programme_officer")
        }
        try workspace.expectRefused(
            "--country-level-reason: \(ngo) is not an international NGO (its type is ngo); only an international NGO is assessed at country level with a reason"
        ) {
            try workspace.assessment(
                ["start", ngo, "--questionnaire", "psea-common", "--country-level-reason", "decentralised"],
                role: "programme_officer")
        }
    }

    @Test func otherEvidenceOnAnyStandardNeedsItsDescription() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        let message = "the evidence type other (Other (please specify)) needs a description of the document"
        try workspace.expectRefused(message) {
            try workspace.assessment(
                ["answer", id, "training.all_personnel", "--value", "yes", "--evidence", "other"],
                role: "partner")
        }
        try "question,value,evidence\nreporting.channels,yes,other:  \n".write(
            to: workspace.file("answers.csv"), atomically: true, encoding: .utf8)
        try workspace.expectRefused("answers.csv: row 2: \(message)") {
            try workspace.assessment(["answers", id, workspace.file("answers.csv").path], role: "partner")
        }
        let described = try workspace.assessment(
            [
                "answer", id, "training.all_personnel", "--value", "yes", "--evidence",
                "other:HR register 2025",
            ],
            role: "partner")
        #expect(described.exitCode == 0, "\(described)")
        let answers = try #require(try workspace.showAssessment(id)["answers"] as? [String: Any])
        let evidence = (answers["training.all_personnel"] as? [String: Any])?["evidence"] as? [[String: Any]]
        #expect(evidence?.first?["description"] as? String == "HR register 2025")
    }

    @Test func aBulkFileMayListAFollowUpBeforeTheAnswerThatShowsIt() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        try """
        question,value
        corrective_action.measures,yes
        corrective_action.any_substantiated,yes
        investigations.past_allegations,yes
        """.write(to: workspace.file("answers.csv"), atomically: true, encoding: .utf8)
        let result = try workspace.assessment(
            ["answers", id, workspace.file("answers.csv").path], role: "partner")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("3 answers recorded"), "\(result)")
        let answers = try #require(try workspace.showAssessment(id)["answers"] as? [String: Any])
        #expect(
            answers.keys.sorted() == [
                "corrective_action.any_substantiated", "corrective_action.measures",
                "investigations.past_allegations",
            ])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func anAssessmentStartedOnVersionOneKeepsItWhenVersionTwoShips() throws {
        let workspace = try CLIWorkspace()
        let file = workspace.file("Assessments/psea-common.yaml")
        let shipped = try String(contentsOf: file, encoding: .utf8)
        let first = try String(
            contentsOf: CLILocation.repositoryRoot.appendingPathComponent(
                "Tests/Fixtures/questionnaires/psea-common-v1.yaml"),
            encoding: .utf8)
        try first.write(to: file, atomically: true, encoding: .utf8)
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        let answered = try workspace.assessment(
            ["answer", id, "corrective_action.measures", "--value", "yes"], role: "partner")
        #expect(answered.exitCode == 0, "\(answered)")

        try shipped.write(to: file, atomically: true, encoding: .utf8)
        let shown = try workspace.showAssessment(id)
        #expect((shown["questionnaire"] as? [String: Any])?["version"] as? Int == 1)
        // Shown with version 1's questions, the text the database kept.
        let text = try workspace.run("assessment", "show", id)
        #expect(text.stdout.contains("against psea-common v1"), "\(text)")
        #expect(text.stdout.contains("corrective_action.measures = yes"), "\(text)")
        #expect(!text.stdout.contains("investigations.past_allegations"), "\(text)")
        let verified = try workspace.run("audit", "verify")
        #expect(verified.exitCode == 0, "\(verified)")
        try workspace.expectRefused("started under another version of the questionnaire psea-common") {
            try workspace.assessment(["answer", id, "policy.exists", "--value", "yes"], role: "partner")
        }
        let next = try workspace.assessment(
            ["start", "P-0001", "--questionnaire", "psea-common"], role: "programme_officer")
        #expect(next.exitCode == 0, "\(next)")
        let started = next.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            ((try workspace.showAssessment(started))["questionnaire"] as? [String: Any])?["version"] as? Int
                == 2)
    }
}
