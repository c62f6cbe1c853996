import Foundation
import Testing

/// What procurement sees when an agreement negates a duty, and a UTF-16 export, end to end.
@Suite("negated clauses and UTF-16 agreements through the CLI")
struct AgreementNegationCommandTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-16"?>
        <agreement>
          <section><title>Prevention of sexual exploitation and abuse</title>
            <para>The Partner shall not be required to report allegations of sexual exploitation to UN-Women promptly or confidentially.</para>
            <para>The obligations of this article do not survive the expiry of this Agreement.</para>
          </section>
        </agreement>
        """

    /// The agreement in UTF-16 little-endian with its byte-order mark.
    static var utf16: Data {
        var data = Data([0xFF, 0xFE])
        for unit in xml.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        return data
    }

    @Test func aNegatedDutyIsAbsentAndTheExplanationQuotesTheNegation() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try Self.utf16.write(to: workspace.file("negated.xml"))
        let result = try workspace.agreement(["import", partner, "negated.xml"], role: "procurement")
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("C5 ") && $0.contains("absent") && $0.contains("line 4") },
            "\(result)")
        let shown = try workspace.showAgreement("AG-0001")
        let clauses = try #require(shown["clauses"] as? [[String: Any]])
        let c5 = try #require(clauses.first { $0["clause"] as? String == "C5" })
        #expect(c5["status"] as? String == "absent")
        #expect(c5["negation"] as? String == "not be required to report")
        #expect(
            (c5["explanation"] as? String)?.hasPrefix(
                "the text negates the duty: \"not be required to report\" at line 4")
                == true, "\(c5)")
        let c12 = try #require(clauses.first { $0["clause"] as? String == "C12" })
        #expect(c12["status"] as? String == "absent")
        #expect(c12["negation"] as? String == "not survive")
        let text = try workspace.run("agreement", "show", "AG-0001")
        #expect(text.stdout.contains("why: the text negates the duty: \"not survive\""), "\(text)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
