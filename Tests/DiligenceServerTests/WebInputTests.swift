import DiligenceWebForms
import Foundation
import Testing

@testable import DiligenceServer

/// What the server reads from a request: forms and queries (bounded), the address to return to
/// after signing in, and the CSV it writes.
@Suite struct WebInputTests {
    @Test func aFormIsReadWithItsEncodingAndRepeatedFields() throws {
        let form = try #require(
            WebForm(urlEncoded: "account=amina.diallo&password=a+b%26c&role=x&role=y&empty="))
        #expect(form["account"] == "amina.diallo")
        #expect(form.raw("password") == "a b&c")
        #expect(form.all("role") == ["x", "y"])
        #expect(form["empty"] == nil)
        #expect(form["missing"] == nil)
    }

    @Test(arguments: ["a=%ZZ", "a=%", String(repeating: "a=1&", count: 501)])
    func aBodyThatIsNotAFormIsRefused(text: String) {
        #expect(WebForm(urlEncoded: text) == nil)
    }

    @Test(
        arguments: [
            ("/partners?country=KE", "/partners?country=KE"), ("//evil.example.org/", "/"),
            ("https://evil.example.org", "/"),
            ("/\\evil.example.org", "/"), ("/sign-in", "/"), (nil, "/"), ("/partners\r\nSet-Cookie: x", "/"),
        ] as [(String?, String)])
    func theReturnAddressStaysOnTheSite(given: String?, expected: String) {
        #expect(WebApp.safeReturn(given) == expected)
    }

    @Test func csvCellsThatASpreadsheetWouldRunAreNeutralised() {
        #expect(PartnerCSV.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(PartnerCSV.cell("+1") == "'+1")
        #expect(PartnerCSV.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(PartnerCSV.cell("Amani, Kenya") == "\"Amani, Kenya\"")
        #expect(PartnerCSV.cell("plain") == "plain")
    }

    @Test func namesReadAsSentences() {
        #expect(RoleNames.sentence("complete_assessment") == "Complete assessment")
        #expect(RoleNames.sentence("engagement/agreement") == "Engagement: agreement")
        #expect(RoleNames.name("psea_focal_point") == "PSEA focal point")
        #expect(RoleNames.partnerType("ingo") == "INGO")
    }
}

/// A session ends after its idle time; its last-seen time is written at most once a minute.
@Suite struct SessionFreshnessTests {
    @Test func aSessionIdleTooLongEndsAndOneSeenAgainIsTouchedOnceAMinute() {
        let start = Date(timeIntervalSince1970: 1_767_258_000)
        func at(_ seconds: TimeInterval) -> RequireAccount.Freshness {
            RequireAccount.freshness(
                lastSeen: start, now: start.addingTimeInterval(seconds), idleTimeout: 1800)
        }
        #expect(at(0) == .fresh)
        #expect(at(59) == .fresh)
        #expect(at(60) == .seenAgain)
        #expect(at(1800) == .seenAgain)
        #expect(at(1801) == .idle)
    }
}
