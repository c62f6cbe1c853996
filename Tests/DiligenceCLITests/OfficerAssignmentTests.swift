import Foundation
import Testing

/// `partner assign` / `partner unassign`, and what the assignment opens: a programme officer sees
/// and acts on the allegation cases of their own partners only.
@Suite("officer assignments through the CLI")
struct OfficerAssignmentTests {
    /// Two partners with one case each; nobody assigned yet.
    func twoPartnersWithCases() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        _ = try workspace.addPartner("Amani Women's Network")
        _ = try workspace.addPartner("Tumaini Youth", country: "UG", type: "ngo")
        for partner in ["P-0001", "P-0002"] {
            let result = try workspace.allegation(
                [
                    "report", partner, "--received", "2026-01-05", "--type", "sexual_abuse", "--channel",
                    "hotline-\(partner)",
                ], role: "psea_focal_point")
            try #require(result.exitCode == 0, "\(result)")
        }
        return workspace
    }

    /// Sets the roles limited to their own partners in the workspace's confidentiality file.
    func limit(_ workspace: CLIWorkspace, to roles: [String]) throws {
        let file = workspace.file("Assessments/allegation-confidentiality.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(
            of: "own_partners_only: [programme_officer]",
            with: "own_partners_only: [\(roles.joined(separator: ", "))]"
        ).write(to: file, atomically: true, encoding: .utf8)
    }

    func assign(_ workspace: CLIWorkspace, _ partner: String, _ officer: String, role: String = "manager")
        throws -> CLIResult
    {
        try workspace.run([
            "partner", "assign", partner, "--officer", officer, "--as", "maria", "--role", role,
        ])
    }

    @Test func aManagerAssignsAndUnassignsOfficersAndTheLogKeepsIt() throws {
        let workspace = try twoPartnersWithCases()
        let assigned = try assign(workspace, "P-0001", "alice")
        #expect(assigned.exitCode == 0 && assigned.stdout == "alice is assigned to P-0001\n", "\(assigned)")
        #expect(try assign(workspace, "P-0001", "bob").exitCode == 0)
        #expect(try workspace.officers("P-0001") == ["alice", "bob"])
        let show = try workspace.run("partner", "show", "P-0001").stdout
        #expect(show.contains("officers    alice, bob"), "\(show)")
        #expect(try workspace.run("partner", "show", "P-0002").stdout.contains("none assigned"))
        let mine = try workspace.run("partner", "list", "--officer", "alice", "--json").jsonArray()
        #expect(mine.map { $0["id"] as? String } == ["P-0001"])
        let nobody = try workspace.run("partner", "list", "--officer", "zoe")
        #expect(nobody.stdout.contains("no partners are assigned to zoe"), "\(nobody)")
        let history = try workspace.history("P-0001")
        #expect(
            history.contains {
                $0["kind"] as? String == "assignment" && $0["event"] as? String == "assign_officer"
            }, "\(history)")
        let removed = try workspace.run([
            "partner", "unassign", "P-0001", "--officer", "alice", "--as", "maria", "--role", "manager",
        ])
        #expect(removed.exitCode == 0 && removed.stdout.contains("alice is no longer assigned to P-0001"))
        #expect(try workspace.officers("P-0001") == ["bob"])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
        // Reassigning after an unassignment is a new assignment; the replay follows it.
        #expect(try assign(workspace, "P-0001", "alice").exitCode == 0)
        #expect(try workspace.officers("P-0001") == ["bob", "alice"])
        let verify = try workspace.run("audit", "verify", "--json")
        #expect(verify.exitCode == 0, "\(verify)")
    }

    @Test func badAssignmentsAreRefusedAndWriteNothing() throws {
        let workspace = try twoPartnersWithCases()
        #expect(try assign(workspace, "P-0001", "alice").exitCode == 0)
        let before = try workspace.logCount()
        let cases: [(arguments: [String], message: String, exitCode: Int32)] = [
            (
                [
                    "partner", "assign", "P-0001", "--officer", "carl", "--as", "alice", "--role",
                    "programme_officer",
                ],
                "the role programme_officer may not assign officers to partners; only manager may", 1
            ),
            (
                ["partner", "assign", "P-0001", "--officer", "alice", "--as", "maria", "--role", "manager"],
                "alice is already assigned to P-0001; nothing changed", 1
            ),
            (
                ["partner", "assign", "P-0009", "--officer", "alice", "--as", "maria", "--role", "manager"],
                "there is no record \"P-0009\"", 1
            ),
            (
                ["partner", "assign", "P-0001", "--officer", "  ", "--as", "maria", "--role", "manager"],
                "--officer: give the user to assign", 1
            ),
            (
                [
                    "partner", "unassign", "P-0002", "--officer", "alice", "--as", "maria", "--role",
                    "manager",
                ],
                "alice is not assigned to P-0002; no one is", 1
            ),
            (
                ["partner", "unassign", "P-0001", "--officer", "bob", "--as", "maria", "--role", "manager"],
                "bob is not assigned to P-0001; its officers are alice", 1
            ),
            (["partner", "assign", "P-0001", "--as", "maria", "--role", "manager"], "--officer", 2),
            (
                ["partner", "assign", "P-0001", "--officer", "alice", "--role", "manager"],
                "say who is acting", 2
            ),
        ]
        for (arguments, message, exitCode) in cases {
            let result = try workspace.run(arguments)
            #expect(result.exitCode == exitCode, "\(arguments): \(result)")
            #expect(result.stderr.contains(message), "\(arguments): \(result)")
        }
        #expect(try workspace.logCount() == before)
        #expect(try workspace.officers("P-0001") == ["alice"])
    }

    @Test func aProgrammeOfficerSeesAndActsOnTheirOwnPartnersCasesOnly() throws {
        let workspace = try twoPartnersWithCases()
        // Not assigned yet: nothing listed, nothing shown.
        let none = try workspace.allegation(["list"], role: "programme_officer", user: "alice")
        #expect(none.exitCode == 0 && none.stdout.contains("no partners are assigned to alice"), "\(none)")
        #expect(try assign(workspace, "P-0001", "alice").exitCode == 0)
        let list = try workspace.allegation(["list", "--json"], role: "programme_officer", user: "alice")
        #expect(try list.jsonArray().map { $0["id"] as? String } == ["G-0001"], "\(list)")
        #expect(!list.stdout.contains("hotline-P-0002"))
        #expect(
            try workspace.allegation(["show", "G-0001"], role: "programme_officer", user: "alice").exitCode
                == 0)
        let other = try workspace.allegation(
            ["show", "G-0002", "--json"], role: "programme_officer", user: "alice")
        #expect(other.exitCode == 1 && other.stdout.isEmpty, "\(other)")
        #expect(other.stderr.contains("alice is not assigned to the partner of G-0002"), "\(other)")
        #expect(!other.stderr.contains("P-0002") && !other.stderr.contains("hotline"), "\(other)")
        let filtered = try workspace.allegation(
            ["list", "--partner", "P-0002"], role: "programme_officer", user: "alice")
        #expect(
            filtered.exitCode == 1 && filtered.stderr.contains("alice is not assigned to P-0002"),
            "\(filtered)")
        // Acting on a case follows the same rule; nothing is written.
        let before = try workspace.logCount()
        let send = try workspace.send(
            "G-0002", "report_to_un", role: "programme_officer", user: "alice",
            set: ["reported_on=2026-01-05"])
        #expect(
            send.exitCode == 1 && send.stderr.contains("not assigned to the partner of G-0002"), "\(send)")
        #expect(try workspace.logCount() == before)
        let own = try workspace.send(
            "G-0001", "report_to_un", role: "programme_officer", user: "alice",
            set: ["reported_on=2026-01-05"])
        #expect(own.exitCode == 0, "\(own)")
        // Other roles are not limited: the focal point and the managers' totals see both partners.
        let focal = try workspace.allegation(["list", "--json"], role: "psea_focal_point", user: "omar")
        #expect(try focal.jsonArray().count == 2)
        let totals = try workspace.allegation(["list", "--json"], role: "manager", user: "maria")
        #expect(try totals.jsonObject()["cases"] is NSNull, "2 cases are a small cell: \(totals)")
        #expect(!totals.stdout.contains("G-000"))
        // Unassigned, alice no longer sees G-0001; assigned to P-0002, she sees G-0002.
        _ = try workspace.run([
            "partner", "unassign", "P-0001", "--officer", "alice", "--as", "maria", "--role", "manager",
        ])
        #expect(
            try workspace.allegation(["show", "G-0001"], role: "programme_officer", user: "alice").exitCode
                == 1)
        #expect(try assign(workspace, "P-0002", "alice").exitCode == 0)
        let now = try workspace.allegation(["list", "--json"], role: "programme_officer", user: "alice")
        #expect(try now.jsonArray().map { $0["id"] as? String } == ["G-0002"])
    }

    @Test func aChangedAssignmentRowIsFoundByAuditVerify() throws {
        let workspace = try twoPartnersWithCases()
        #expect(try assign(workspace, "P-0001", "alice").exitCode == 0)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
        let verify = try workspace.auditVerifyAfterTampering(
            "UPDATE partner_officer SET officer = 'mallory' WHERE officer = 'alice'")
        #expect(
            verify.stdout.contains("the officer assignment of P-0001")
                || verify.stderr.contains("the officer assignment of P-0001"), "\(verify)")
    }

    @Test func withoutTheLimitInTheFileEveryOfficerSeesEveryCase() throws {
        let workspace = try twoPartnersWithCases()
        try limit(workspace, to: [])
        let list = try workspace.allegation(["list", "--json"], role: "programme_officer", user: "alice")
        #expect(try list.jsonArray().count == 2, "\(list)")
    }

    @Test func aFocalPointLimitedToTheirPartnersIsRefusedRestrictedDetailsAndTheAttemptIsLogged() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation()
        try limit(workspace, to: ["programme_officer", "psea_focal_point"])
        let before = try workspace.logCount()
        let refused = try workspace.allegation(
            ["show", id, "--restricted"], role: "psea_focal_point", user: "omar")
        #expect(
            refused.exitCode == 1 && refused.stderr.contains("omar is not assigned to the partner of \(id)"),
            "\(refused)")
        #expect(!refused.stdout.contains(CLIWorkspace.narrative))
        #expect(try workspace.logCount() == before + 1)
        let reads = try workspace.run("audit", "reads", "--json").jsonArray()
        #expect(
            reads.last?["user"] as? String == "omar" && reads.last?["refusal"] as? String == "not_assigned")
        // fatima follows P-0001 (the workspace assigns her): she reads them.
        let read = try workspace.allegation(
            ["show", id, "--restricted"], role: "psea_focal_point", user: "fatima")
        #expect(read.exitCode == 0 && read.stdout.contains(CLIWorkspace.narrative), "\(read)")
    }

    @Test func consentAndAssistanceFollowTheLimitToo() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation()
        try limit(workspace, to: ["programme_officer", "psea_focal_point"])
        let before = try workspace.logCount()
        let consent = try workspace.allegation(
            ["consent", id, "--given"], role: "psea_focal_point", user: "omar")
        #expect(consent.exitCode == 1 && consent.stderr.contains("omar is not assigned"), "\(consent)")
        let assist = try workspace.allegation(
            ["assist", id, "--type", "medical_care", "--status", "offered"], role: "psea_focal_point",
            user: "omar")
        #expect(assist.exitCode == 1 && assist.stderr.contains("omar is not assigned"), "\(assist)")
        let history = try workspace.run(["history", id, "--as", "omar", "--role", "psea_focal_point"])
        #expect(history.exitCode == 1 && history.stderr.contains("omar is not assigned"), "\(history)")
        #expect(try workspace.logCount() == before)
        #expect(try workspace.allegation(["consent", id, "--given"], role: "psea_focal_point").exitCode == 0)
    }

    @Test func officerNamesAreTakenWithoutSurroundingBlanksAndOtherRecordsAreNotPartners() throws {
        let workspace = try twoPartnersWithCases()
        #expect(try assign(workspace, "P-0001", " alice ").exitCode == 0)
        #expect(try workspace.officers("P-0001") == ["alice"])
        let list = try workspace.run("partner", "list", "--officer", " alice", "--json")
        #expect(try list.jsonArray().map { $0["id"] as? String } == ["P-0001"])
        let notPartner = try assign(workspace, "G-0001", "alice")
        #expect(notPartner.exitCode == 1, "\(notPartner)")
        #expect(
            notPartner.stderr.contains("G-0001 is not a partner but a record of kind allegation"),
            "\(notPartner)")
    }
}
