import Foundation
import Testing

@Suite("partner add, list and show")
struct PartnerCommandTests {
    @Test func addPrintsTheNewIDsInOrder() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        #expect(try workspace.addPartner() == "P-0001")
        #expect(
            try workspace.addPartner("Rio Verde Community Health", country: "co", type: "ngo") == "P-0002")
        #expect(FileManager.default.fileExists(atPath: workspace.database.path))
    }

    @Test func addRefusesARoleThatMayNotRegister() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let result = try workspace.run(
            "partner", "add", "Amani", "--country", "KE", "--type", "cso", "--as", "lucas", "--role",
            "procurement")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("may not register"))
        #expect(result.stderr.contains("programme_officer or manager"))
        #expect(result.stdout.isEmpty)
        #expect(try workspace.recordEvents() == 0)
    }

    @Test(
        "add refuses an unknown type (as usage) and a bad country, and writes nothing",
        arguments: [
            (
                country: "KE", type: "charity", exitCode: Int32(2),
                message: "\"charity\" is not a kind of partner"
            ),
            (
                country: "Kenya", type: "cso", exitCode: Int32(1),
                message: "\"KENYA\" is not a two-letter ISO 3166 country code"
            ),
        ])
    func addRefusesABadTypeOrCountry(_ bad: (country: String, type: String, exitCode: Int32, message: String))
        throws
    {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let result = try workspace.run(
            "partner", "add", "Amani", "--country", bad.country, "--type", bad.type, "--as", "amina",
            "--role",
            "programme_officer")
        #expect(result.exitCode == bad.exitCode, "\(result)")
        #expect(result.stderr.contains(bad.message))
        #expect(try workspace.recordEvents() == 0)
    }

    @Test func listAsText() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try workspace.addPartner()
        try workspace.addPartner("Rio Verde Community Health", country: "CO", type: "ngo")
        let result = try workspace.run("partner", "list")
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(result)")
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines[0].contains("STANDING"))
        #expect(lines[1].hasPrefix("P-0001  Amani Women's Network"))
        #expect(lines[1].contains("KE") && lines[1].contains("cso") && lines[1].hasSuffix("registered"))
        #expect(lines[2].hasPrefix("P-0002  Rio Verde Community Health"))
    }

    @Test func listAsJSON() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try workspace.addPartner()
        try workspace.addPartner("Rio Verde Community Health", country: "CO", type: "ngo")
        let result = try workspace.run("partner", "list", "--json")
        #expect(result.exitCode == 0, "\(result)")
        let partners = try result.jsonArray()
        try #require(partners.count == 2)
        #expect(partners.map { $0["id"] as? String } == ["P-0001", "P-0002"])
        #expect(partners[0]["name"] as? String == "Amani Women's Network")
        #expect(partners[1]["country"] as? String == "CO")
        #expect(partners[1]["type"] as? String == "ngo")
        #expect(partners[0]["states"] as? [String] == ["registered"])
        #expect(partners[0]["complete"] as? Bool == false)
        let registered = try #require(partners[0]["registered_at"] as? String)
        #expect(registered.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil, "\(registered)")
    }

    @Test func showAsText() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let result = try workspace.run("partner", "show", id)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.hasPrefix("P-0001  Amani Women's Network  (KE, cso)\n"))
        #expect(result.stdout.contains("standing    registered\n"))
        #expect(result.stdout.contains(", 1 event\n"), "the registration is the first event")
        #expect(result.stdout.contains("capacity_level = not_assessed"))
        #expect(result.stdout.contains("assessed_on = (not set)"))
        #expect(result.stdout.contains("next        start_assessment (programme_officer)"))
        #expect(result.stdout.contains("close (manager) needs --set closure_reason=..."))
    }

    @Test func showAsJSON() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let partner = try workspace.show(id)
        #expect(partner["id"] as? String == "P-0001")
        #expect(partner["workflow"] as? String == "partner-lifecycle")
        #expect(partner["states"] as? [String] == ["registered"])
        #expect(partner["version"] as? Int == 0)
        let context = try #require(partner["context"] as? [String: Any])
        #expect(context["capacity_level"] as? String == "not_assessed")
        #expect(context["open_red_flags"] as? Int == 0)
        #expect(context["clauses_cleared"] as? Bool == false)
        #expect(context["assessed_on"] == nil)
        let accepts = try #require(partner["accepts"] as? [[String: Any]])
        let byEvent = Dictionary(uniqueKeysWithValues: accepts.map { ($0["event"] as? String ?? "", $0) })
        #expect(byEvent.keys.sorted() == ["close", "start_assessment"])
        #expect(byEvent["start_assessment"]?["roles"] as? [String] == ["programme_officer"])
        #expect(byEvent["close"]?["requires"] as? [String] == ["closure_reason"])
        #expect((partner["flags"] as? [Any])?.isEmpty == true)
        #expect((partner["deadlines"] as? [Any])?.isEmpty == true)
    }
}
