import Foundation
import Testing

/// Refused commands: exit 1 (2 for usage), the reason on stderr, and nothing written.
@Suite("refused events say why and write nothing")
struct RejectionTests {
    /// Runs `body` and checks that the log and the snapshot of `id` did not change.
    func expectUnchanged(
        _ workspace: CLIWorkspace, _ id: String, _ body: () throws -> Void,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try workspace.history(id)
        let shown = try workspace.run("partner", "show", id, "--json").stdout
        try body()
        #expect(try workspace.history(id).count == before.count, sourceLocation: sourceLocation)
        #expect(
            try workspace.run("partner", "show", id, "--json").stdout == shown, sourceLocation: sourceLocation
        )
    }

    /// A refusal: exit 1, no stdout, one `error:` line on stderr naming the partner.
    func expectRefused(
        _ result: CLIResult, code: Int32 = 1, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.exitCode == code, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("error: "), "\(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    @Test func wrongRoleNamesTheAllowedRole() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(id, "start_assessment", role: "procurement")
            expectRefused(result)
            #expect(
                result.stderr.contains("the role procurement may not send \"start_assessment\""), "\(result)")
            #expect(result.stderr.contains("needs the role programme_officer"))
        }
    }

    @Test func failedGuardShowsTheValuesItSaw() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.engagedPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(
                id, "confirm_training", role: "psea_focal_point", set: ["training_coverage=0.5"])
            expectRefused(result)
            #expect(result.stderr.contains("training_coverage >= 1.0"), "\(result)")
            #expect(result.stderr.contains("training_coverage = 0.5"), "\(result)")
            #expect(result.stderr.contains("is not met"))
        }
    }

    @Test func eventNotAcceptedListsTheAcceptedEvents() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(
                id, "confirm_clauses", role: "procurement", set: ["clauses_cleared=true"])
            expectRefused(result)
            #expect(
                result.stderr.contains(
                    "\"confirm_clauses\" is not accepted while the record is in registered"))
            #expect(result.stderr.contains("it accepts: "), "\(result)")
            #expect(result.stderr.contains("start_assessment"))
        }
    }

    @Test func unknownEventSuggestsTheClosest() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(id, "start_asessment", role: "programme_officer")
            expectRefused(result)
            #expect(result.stderr.contains("\"start_asessment\" is not an event"), "\(result)")
            #expect(result.stderr.contains("did you mean \"start_assessment\"?"))
        }
    }

    @Test func missingRequiredFieldSaysWhichToSet() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.activePartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(id, "suspend", role: "manager")
            expectRefused(result)
            #expect(result.stderr.contains("\"suspend\" needs suspension_reason"), "\(result)")
            #expect(result.stderr.contains("--set suspension_reason="))
        }
    }

    @Test func unknownFieldInSetSuggestsTheClosest() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.engagedPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(
                id, "confirm_training", role: "psea_focal_point", set: ["training_coverag=1.0"])
            expectRefused(result)
            #expect(result.stderr.contains("training_coverag"), "\(result)")
            #expect(result.stderr.contains("did you mean \"training_coverage\"?"), "\(result)")
        }
    }

    @Test func fieldTheEventDoesNotTake() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.engagedPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(
                id, "confirm_training", role: "psea_focal_point",
                set: ["training_coverage=1.0", "clauses_cleared=true"])
            expectRefused(result)
            #expect(result.stderr.contains("does not take the field clauses_cleared"), "\(result)")
        }
    }

    @Test func valueOfTheWrongType() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.engagedPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(
                id, "confirm_training", role: "psea_focal_point", set: ["training_coverage=high"])
            expectRefused(result)
            #expect(result.stderr.contains("training_coverage"), "\(result)")
            #expect(result.stderr.contains("high"), "\(result)")
        }
    }

    @Test func badDateAndBadChoice() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try workspace.accept(id, "start_assessment", role: "programme_officer")
        try expectUnchanged(workspace, id) {
            let date = try workspace.send(
                id, "complete_assessment", role: "programme_officer",
                set: ["capacity_level=full", "assessed_on=10/01/2026"])
            expectRefused(date)
            #expect(date.stderr.contains("assessed_on"), "\(date)")
            let choice = try workspace.send(
                id, "complete_assessment", role: "programme_officer", set: ["capacity_level=excellent"])
            expectRefused(choice)
            #expect(choice.stderr.contains("excellent"), "\(choice)")
        }
    }

    @Test func unknownPartnerSuggestsAnID() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try expectUnchanged(workspace, id) {
            let result = try workspace.send("P-0011", "start_assessment", role: "programme_officer")
            expectRefused(result)
            #expect(
                result.stderr.contains("there is no record \"P-0011\"; did you mean P-0001?"), "\(result)")
            for command in [["partner", "show", "P-9"], ["history", "p-0001"]] {
                let read = try workspace.run(command)
                expectRefused(read)
                #expect(read.stderr.contains("there is no record"), "\(read)")
            }
        }
    }

    @Test func unknownRoleListsTheRoles() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try workspace.provision("tester", role: "manager")
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(id, "start_assessment", role: "boss")
            expectRefused(result)
            #expect(result.stderr.contains("\"boss\" is not a role declared in the roles file"), "\(result)")
            #expect(result.stderr.contains("programme_officer, procurement"), "\(result)")
        }
    }

    @Test func theSystemRoleIsReserved() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try workspace.accept(id, "start_assessment", role: "programme_officer")
        try expectUnchanged(workspace, id) {
            let result = try workspace.send(id, "assessment_overdue", role: "system")
            expectRefused(result)
            #expect(result.stderr.contains("the role system is the engine's own"), "\(result)")
        }
    }

    @Test func malformedSetIsAUsageError() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.engagedPartner()
        try expectUnchanged(workspace, id) {
            for text in ["training_coverage", "=1.0", " =1.0"] {
                let result = try workspace.send(id, "confirm_training", role: "psea_focal_point", set: [text])
                expectRefused(result, code: 2)
                #expect(result.stderr.contains("--set takes field=value"), "\(result)")
            }
        }
    }
}
