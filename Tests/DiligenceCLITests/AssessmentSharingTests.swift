import Foundation
import Testing

/// Re-assessment, capacity statuses, export and import, and bulk answers through the CLI.
@Suite("assessment re-use, statuses, sharing and bulk answers through the CLI")
struct AssessmentSharingTests {
    /// A full-capacity assessment of P-0001, final; returns its id.
    func finalAssessment(_ workspace: CLIWorkspace) throws -> String {
        let id = try workspace.startedAssessment()
        try workspace.answerAndSubmit(id)
        try workspace.confirmFullCapacity(id)
        return id
    }

    @Test func aReassessmentIsOfferedAndCopiesTheAnswers() throws {
        let workspace = try CLIWorkspace()
        let first = try finalAssessment(workspace)
        let plain = try workspace.assessment(
            ["start", "P-0001", "--questionnaire", "psea-common"], role: "programme_officer")
        #expect(plain.exitCode == 0, "\(plain)")
        #expect(plain.stdout == "A-0002\n")
        #expect(plain.stderr.contains("--copy-from \(first) (or --copy-previous)"), "\(plain)")
        let copied = try workspace.assessment(
            ["start", "P-0001", "--questionnaire", "psea-common", "--copy-previous"],
            role: "programme_officer")
        #expect(copied.exitCode == 0, "\(copied)")
        #expect(copied.stderr.isEmpty, "\(copied)")
        let shown = try workspace.showAssessment("A-0003")
        let answers = try #require(shown["answers"] as? [String: Any])
        #expect(answers.count == CLIWorkspace.fullAnswers.count)
        let start = try #require(workspace.history("A-0003").first)
        let data = try #require(start["data"] as? [String: Any])
        let assessment = try #require(data["assessment"] as? [String: Any])
        let source = try #require(assessment["copied_from"] as? [String: Any])
        #expect(source["assessment"] as? String == first)
        #expect((source["questions"] as? [String])?.count == CLIWorkspace.fullAnswers.count)
        try workspace.expectRefused("not psea-unicef-2020 v2") {
            try workspace.assessment(
                ["start", "P-0001", "--questionnaire", "psea-unicef-2020", "--copy-from", first],
                role: "programme_officer")
        }
        try workspace.expectRefused("A-0002 has no final determination yet") {
            try workspace.assessment(
                ["start", "P-0001", "--questionnaire", "psea-common", "--copy-from", "A-0002"],
                role: "programme_officer")
        }
        try workspace.expectRefused(code: 2, "give --copy-from or --copy-previous, not both") {
            try workspace.assessment(
                [
                    "start", "P-0001", "--questionnaire", "psea-common", "--copy-from", first,
                    "--copy-previous",
                ],
                role: "programme_officer")
        }
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func statusesAreRecordedListedAndFollowedUp() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let recorded = try workspace.assessment(
            [
                "status", partner, "--status", "low_capacity_assumed_emergency", "--reason",
                "Cyclone response",
            ],
            role: "programme_officer")
        #expect(recorded.exitCode == 0, "\(recorded)")
        #expect(recorded.stdout == "CS-0001\n")
        let list = try workspace.run("assessment", "list", "--json").jsonArray()
        #expect(list.first?["kind"] as? String == "capacity_status")
        #expect(list.first?["status"] as? String == "low_capacity_assumed_emergency")
        #expect(list.first?["states"] as? [String] == ["awaiting_assessment"])
        let shown = try workspace.run("assessment", "show", "CS-0001")
        #expect(shown.stdout.contains("Cyclone response"), "\(shown)")
        try workspace.expectRefused(code: 2, "did you mean not_assessed?") {
            try workspace.assessment(
                ["status", partner, "--status", "not_assesed", "--reason", "x"], role: "programme_officer")
        }
        try workspace.expectRefused("--reason: say why") {
            try workspace.assessment(
                ["status", partner, "--status", "not_assessed", "--reason", " "], role: "programme_officer")
        }
        let tick = try workspace.run("tick", "--now", AssessmentTimeRuleTests.inDays(100), "--json")
        #expect(
            try tick.jsonArray().filter { $0["subject"] as? String == "CS-0001" }.map {
                $0["event"] as? String
            }
                == ["assessment_overdue"], "\(tick)")
        let later = try workspace.assessment(
            ["status", partner, "--status", "no_contact_with_beneficiaries", "--reason", "Supplies only"],
            role: "psea_focal_point")
        #expect(later.exitCode == 0, "\(later)")
        let statuses = try workspace.run("assessment", "list", "--json").jsonArray()
        #expect(statuses.map { $0["current"] as? Bool } == [false, true])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func anExportIsImportedForAnotherPartnerAndAlterationsAreRefused() throws {
        let source = try CLIWorkspace()
        let id = try finalAssessment(source)
        try source.expectRefused("--entity: say which UN entity") {
            try source.run("assessment", "export", id)
        }
        let exported = try source.run(
            "assessment", "export", id, "--entity", "UNICEF Kenya", "--output", source.file("a.json").path)
        #expect(exported.exitCode == 0, "\(exported)")
        let text = try String(contentsOf: source.file("a.json"), encoding: .utf8)
        #expect(text.contains("\"assessing_entity\": \"UNICEF Kenya\""), "\(text)")
        #expect(text.contains("\"hash\": "))

        let target = try CLIWorkspace()
        let partner = try target.addPartner()
        try target.trustKey(of: source)
        func write(_ name: String, _ content: String) throws -> String {
            try content.write(to: target.file(name), atomically: true, encoding: .utf8)
            return target.file(name).path
        }
        let altered = try write(
            "altered.json", text.replacingOccurrences(of: "UNICEF Kenya", with: "UNICEF Chad"))
        try target.expectRefused("the document was changed after it was exported") {
            try target.assessment(["import", altered, "--partner", partner], role: "programme_officer")
        }
        let malformed = try write(
            "malformed.json", text.replacingOccurrences(of: "\"format\":", with: "\"format\""))
        try target.expectRefused("malformed.json: line ") {
            try target.assessment(["import", malformed, "--partner", partner], role: "programme_officer")
        }
        let imported = try target.assessment(
            ["import", try write("a.json", text), "--partner", partner], role: "programme_officer")
        #expect(imported.exitCode == 0, "\(imported)")
        let shown = try target.showAssessment("A-0001")
        #expect(shown["states"] as? [String] == ["valid"])
        try target.expectRefused("was already accepted for P-0001 as A-0001") {
            try target.assessment(
                ["import", target.file("a.json").path, "--partner", partner], role: "programme_officer")
        }
        #expect(try target.run("audit", "verify").exitCode == 0)
    }

    @Test func anImportOnAnotherQuestionnaireVersionOrAnUnknownOneIsRefused() throws {
        let source = try CLIWorkspace()
        let id = try finalAssessment(source)
        let exported = try source.run("assessment", "export", id, "--entity", "UNFPA")
        #expect(exported.exitCode == 0, "\(exported)")
        let target = try CLIWorkspace()
        let partner = try target.addPartner()
        try target.trustKey(of: source)
        try exported.stdout.write(to: target.file("a.json"), atomically: true, encoding: .utf8)
        let common = target.file("Assessments/psea-common.yaml")
        let original = try String(contentsOf: common, encoding: .utf8)
        try original.replacingOccurrences(of: "version: 2", with: "version: 3").write(
            to: common, atomically: true, encoding: .utf8)
        try target.expectRefused(
            "made on psea-common version 2, but the assessments folder here has version 3"
        ) {
            try target.assessment(
                ["import", target.file("a.json").path, "--partner", partner], role: "programme_officer")
        }
        try FileManager.default.removeItem(at: common)
        try target.expectRefused("there is no questionnaire \"psea-common\"") {
            try target.assessment(
                ["import", target.file("a.json").path, "--partner", partner], role: "programme_officer")
        }
    }

    @Test func bulkAnswersFromCSVAndYAML() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        var csv = "question,value,evidence,comment\n"
        for (question, value) in CLIWorkspace.fullAnswers {
            csv += "\(question),\"\(value)\",,\n"
        }
        csv += "policy.exists,yes,psea_policy:Board minute 12,Adopted 2024\n"
        let bad = csv.replacingOccurrences(of: "contracts.clause,\"yes\"", with: "contracts.clause,\"maybe\"")
            .replacingOccurrences(of: "policy.exists,yes,psea_policy", with: "policy.exist,yes,psea_policy")
        try bad.write(to: workspace.file("bad.csv"), atomically: true, encoding: .utf8)
        try workspace.expectRefused("bad.csv: row 4: \"maybe\" is not an answer to contracts.clause") {
            try workspace.assessment(["answers", id, workspace.file("bad.csv").path], role: "partner")
        }
        let twice = try workspace.assessment(
            ["answers", id, workspace.file("bad.csv").path], role: "partner")
        #expect(twice.stderr.contains("row 16: \"policy.exist\" is not a question"), "\(twice)")
        let yaml = "answers:\n  - question: policy.exists\n    value: yes\n    colour: red\n"
        try yaml.write(to: workspace.file("bad.yaml"), atomically: true, encoding: .utf8)
        try workspace.expectRefused("bad.yaml:4:5: ") {
            try workspace.assessment(["answers", id, workspace.file("bad.yaml").path], role: "partner")
        }
        let good = csv.replacingOccurrences(
            of: "policy.exists,yes,psea_policy:Board minute 12,Adopted 2024\n", with: "")
        try good.write(to: workspace.file("good.csv"), atomically: true, encoding: .utf8)
        let result = try workspace.assessment(
            ["answers", id, workspace.file("good.csv").path], role: "partner")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("\(CLIWorkspace.fullAnswers.count) answers recorded"), "\(result)")
        let yamlGood =
            "answers:\n  - question: policy.exists\n    value: yes\n    evidence:\n      - {type: psea_policy, description: Board minute 12}\n    comment: Adopted 2024\n"
        try yamlGood.write(to: workspace.file("good.yaml"), atomically: true, encoding: .utf8)
        let fromYAML = try workspace.assessment(
            ["answers", id, workspace.file("good.yaml").path], role: "partner")
        #expect(fromYAML.exitCode == 0, "\(fromYAML)")
        let shown = try workspace.run("assessment", "show", id)
        #expect(
            shown.stdout.contains("policy.exists = yes [evidence: psea_policy: Board minute 12]"), "\(shown)")
        try workspace.accept(id, "submit", role: "partner")
        try workspace.expectRefused("\"answer\" refused") {
            try workspace.assessment(["answers", id, workspace.file("good.csv").path], role: "partner")
        }
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
