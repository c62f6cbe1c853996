import DiligenceTestSupport
import Foundation
import Testing

/// A small portfolio built through the CLI for the audit reports.
extension CLIWorkspace {
    /// The name of the first partner: a comma, a double quote and a line break, for CSV quoting.
    static let awkwardName = "Amani, \"Trust\"\nNairobi"

    /// A project whose partner lifecycle is the manual fixture with two events in `registered`
    /// that raise a yellow and a red flag (the flag records arrive with their own branch).
    static func flagging() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let url = workspace.file(lifecycleFile)
        let text = try String(contentsOf: url, encoding: .utf8)
        let anchor = "    description: Known to the entity; nothing assessed yet.\n    on:\n"
        try #require(text.contains(anchor))
        try text.replacingOccurrences(of: anchor, with: anchor + FlaggingEvents.yaml)
            .write(to: url, atomically: true, encoding: .utf8)
        return workspace
    }

    /// P-0001 (the awkward name, KE ngo) assessed at full capacity today; P-0002 Baraka (KE cso)
    /// with a yellow and a red flag; P-0003 Cauca (CO ngo) with nothing.
    func portfolio() throws {
        let amani = try addPartner(Self.awkwardName, country: "KE", type: "ngo")
        let baraka = try addPartner("Baraka", country: "KE", type: "cso")
        let cauca = try addPartner("Cauca", country: "CO", type: "ngo")
        try #require([amani, baraka, cauca] == ["P-0001", "P-0002", "P-0003"])
        let started = try assessment(
            ["start", amani, "--questionnaire", "psea-common"], role: "programme_officer")
        try #require(started.exitCode == 0, "\(started)")
        let id = started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try answerAndSubmit(id)
        try confirmFullCapacity(id)
        _ = try raiseFlag(on: baraka, level: "yellow", category: "compliance", role: "manager")
        _ = try raiseFlag(
            on: baraka, level: "red", category: "sexual_exploitation_abuse", role: "hq_reviewer")
    }
}
