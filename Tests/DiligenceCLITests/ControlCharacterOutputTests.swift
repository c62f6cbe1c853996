import Foundation
import Testing

/// Control characters in names reach no terminal raw: a partner name could clear the screen,
/// retitle the window or forge a line of a listing.
@Suite struct ControlCharacterOutputTests {
    static let hostile = "Amani\u{1B}]0;pwned\u{07}\u{1B}[2J\nP-0099  Forged Partner\r\u{9B}31m\u{202E}"

    static func expectNoRawControls(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in text.unicodeScalars where scalar != "\n" && scalar != "\t" {
            let control =
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x202E
            #expect(
                !control, "raw U+\(String(scalar.value, radix: 16)) in \(text.debugDescription)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func partnerNamesAreShownWithTheirControlsVisible() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.addPartner(Self.hostile)
        let list = try workspace.run("partner", "list")
        #expect(list.exitCode == 0, "\(list)")
        Self.expectNoRawControls(list.stdout)
        #expect(
            list.stdout.contains("Amani\\u{1B}]0;pwned\\u{7}\\u{1B}[2J\\u{A}P-0099  Forged Partner"),
            "\(list)")
        // The forged line is no line of its own.
        #expect(!list.stdout.split(separator: "\n").contains { $0.hasPrefix("P-0099") }, "\(list)")
        let shown = try workspace.run("partner", "show", id)
        #expect(shown.exitCode == 0, "\(shown)")
        Self.expectNoRawControls(shown.stdout)
        let json = try workspace.run("partner", "show", id, "--json")
        Self.expectNoRawControls(json.stdout)
        // The same name, escaped as JSON escapes it.
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let partner = (document["partner"] as? [String: Any]) ?? document
        #expect(partner["name"] as? String == Self.hostile.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The risk report's columns stay aligned whatever the names: a name in another script takes
    /// a column per character, a hostile one is shown escaped on its own line.
    @Test func theRiskReportKeepsItsColumnsWhateverTheNames() throws {
        let workspace = try CLIWorkspace()
        for name in ["Amani", "Société Ñandú d'Entraide", "Ассоциация", Self.hostile] {
            _ = try workspace.addPartner(name, country: "UG")
        }
        let report = try workspace.run("audit", "risk")
        #expect(report.exitCode == 0, "\(report)")
        Self.expectNoRawControls(report.stdout)
        let lines = report.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("ID ") })
        let column = try #require(header.range(of: "CTRY")).lowerBound
        let offset = header.distance(from: header.startIndex, to: column)
        let rows = lines.filter { $0.hasPrefix("P-") }
        #expect(rows.count == 4, "\(report.stdout)")
        for row in rows {
            #expect(String(row.dropFirst(offset)).hasPrefix("UG  "), "\(row)")
        }
    }
}
