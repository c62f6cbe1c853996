import Foundation
import Testing

/// A name diligence reads back out of a workflow (a state, a field, a field's value, an event),
/// renamed in the YAML, fails `diligence check` with the file and the name instead of silently
/// changing a fact; nothing is written.
@Suite("diligence check: the workflow names diligence reads")
struct WorkflowNameTests {
    @Test(arguments: [
        (
            "Workflows/psea-assessment.yaml",
            [("initial: open", "initial: under_way"), ("\n  open:", "\n  under_way:")],
            "Workflows/psea-assessment.yaml:12:1: error: the workflow psea-assessment runs the assessment records but has no state open, which diligence reads for whether a partner has an assessment under way; keep that name"
        ),
        (
            "Workflows/risk-flag.yaml", [("raised_by_rule", "rule")],
            "error: the workflow risk-flag runs the flag records but has no field raised_by_rule, which diligence reads for the risk rule that raised a flag"
        ),
        (
            "Workflows/allegation-case.yaml",
            [
                ("values: [substantiated,", "values: [proven,"),
                ("outcome == \"substantiated\"", "outcome == \"proven\""),
            ],
            "error: the workflow allegation-case runs the allegation records but its field outcome has no value substantiated, which diligence reads for the substantiated cases of the figures"
        ),
        (
            "Workflows/partner-lifecycle.yaml", [("confirm_training", "training_confirmed")],
            "error: the workflow partner-lifecycle runs the partner records but handles no event confirm_training, which diligence sends for whether a partner's training was ever confirmed"
        ),
        (
            "Workflows/partner-lifecycle.yaml", [("capacity_level", "capacity_rating")],
            "Workflows/partner-lifecycle.yaml:22:3: error: diligence computes no fact \"capacity_rating\" for partner records"
        ),
        (
            "Workflows/capacity-status.yaml", [("superseded", "replaced")],
            "Workflows/capacity-status.yaml:11:1: error: the workflow capacity-status runs the capacity_status records but has no state superseded, which diligence reads for whether a capacity status is still current"
        ),
        (
            "Workflows/capacity-status.yaml", [("event: supersede\n", "event: replace\n")],
            "Workflows/capacity-status.yaml:11:1: error: the workflow capacity-status runs the capacity_status records but handles no event supersede, which diligence sends for replacing a capacity status with a newer one"
        ),
        (
            "Workflows/agreement-review.yaml", [("under_review", "in_review")],
            "Workflows/agreement-review.yaml:13:1: error: the workflow agreement-review runs the agreement records but has no state under_review, which diligence reads for the agreements waiting for clause decisions or clearing"
        ),
        (
            "Workflows/psea-assessment.yaml", [("plan_item_overdue", "item_overdue")],
            "Workflows/psea-assessment.yaml:12:1: error: the workflow psea-assessment runs the assessment records but handles no event plan_item_overdue, which diligence sends for telling that an item of the capacity-strengthening plan is overdue"
        ),
    ])
    func aRenamedNameIsAnErrorWithItsFile(_ file: String, _ edits: [(String, String)], _ message: String)
        throws
    {
        let workspace = try CLIWorkspace()
        let url = workspace.file(file)
        var text = try String(contentsOf: url, encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "\(file) has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        let check = try workspace.run("check")
        #expect(check.exitCode == 3, "\(check)")
        #expect(check.stdout.contains(message), "\(check)")
        #expect(check.stdout.contains("\(file):"), "\(check)")
        let add = try workspace.runUnprovisioned(["init", "--admin", "grace.otieno"])
        #expect(add.exitCode == 3, "\(add)")
        #expect(try workspace.writtenFiles().isEmpty)
    }
}
