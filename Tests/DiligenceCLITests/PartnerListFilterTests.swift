import Foundation
import Testing

@Suite("partner list filtered and paged")
struct PartnerListFilterTests {
    /// Three partners: P-0001 KE cso, P-0002 CO ngo, P-0003 KE ngo.
    private func workspace() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try workspace.addPartner()
        try workspace.addPartner("Rio Verde Community Health", country: "CO", type: "ngo")
        try workspace.addPartner("Nairobi Youth Trust", country: "KE", type: "ngo")
        return workspace
    }

    private func ids(_ result: CLIResult) -> [String] {
        result.stdout.split(separator: "\n").dropFirst().compactMap { line in
            line.hasPrefix("P-") ? String(line.prefix(6)) : nil
        }
    }

    @Test func countryAndTypeNarrowTheList() throws {
        let workspace = try workspace()
        let kenya = try workspace.run("partner", "list", "--country", "ke")
        #expect(kenya.exitCode == 0, "\(kenya)")
        #expect(ids(kenya) == ["P-0001", "P-0003"])
        let ngos = try workspace.run("partner", "list", "--country", "KE", "--type", "NGO", "--json")
        #expect(ngos.exitCode == 0, "\(ngos)")
        #expect(try ngos.jsonArray().map { $0["id"] as? String } == ["P-0003"])
        let none = try workspace.run("partner", "list", "--country", "MW")
        #expect(none.exitCode == 0, "\(none)")
        #expect(none.stdout.contains("no partners match"))
    }

    @Test func aLongListIsReadAPageAtATime() throws {
        let workspace = try workspace()
        let first = try workspace.run("partner", "list", "--page-size", "2")
        #expect(first.exitCode == 0, "\(first)")
        #expect(ids(first) == ["P-0001", "P-0002"])
        #expect(first.stdout.contains("page 1 of 2 (3 partners); `--page 2` for the next"))
        let second = try workspace.run("partner", "list", "--page-size", "2", "--page", "2", "--json")
        #expect(try second.jsonArray().map { $0["id"] as? String } == ["P-0003"])
        let text = try workspace.run("partner", "list", "--page-size", "2", "--page", "2")
        #expect(text.stdout.contains("page 2 of 2 (3 partners)") && !text.stdout.contains("for the next"))
        let past = try workspace.run("partner", "list", "--page", "3", "--page-size", "2")
        #expect(past.exitCode == 0, "\(past)")
        #expect(past.stdout.contains("page 3 is past the end: 3 partners match"))
        // A page without a size is a page of 50.
        let defaultSize = try workspace.run("partner", "list", "--page", "1")
        #expect(ids(defaultSize) == ["P-0001", "P-0002", "P-0003"])
    }

    @Test(
        "bad filters and pages are refused as usage, naming the option",
        arguments: [
            (
                ["--country", "Kenya"],
                "--country \"Kenya\" is not a two-letter country code such as KE or CO"
            ),
            (["--type", "charity"], "--type \"charity\" is not a kind of partner; use one of"),
            (["--page", "0"], "--page 0 is not a page; pages start at 1"),
            (["--page-size", "0"], "--page-size 0 is out of range; give 1 to 1000"),
            (["--page-size", "5000"], "--page-size 5000 is out of range; give 1 to 1000"),
        ])
    func badFiltersAreRefused(_ bad: (arguments: [String], message: String)) throws {
        let workspace = try workspace()
        let result = try workspace.run(["partner", "list"] + bad.arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains(bad.message), "\(result)")
        #expect(result.stdout.isEmpty)
    }
}
