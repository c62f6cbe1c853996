import DiligenceCore
import Testing

/// An exported assessment whose objects name a key twice is refused at the second key: readers
/// disagree on which of the two counts, so such a document could show one thing and import another.
@Suite struct DuplicateJSONKeyTests {
    @Test func aKeyGivenTwiceIsAnErrorAtTheSecond() {
        #expect(throws: JSONSyntaxError(line: 2, column: 3, problem: .duplicateKey("a"))) {
            try JSONValue.parse("{\"a\": 1,\n  \"a\": 2}")
        }
        #expect(JSONValue(text: "{\"a\": {\"b\": 1, \"b\": 1}}") == nil)
        #expect(JSONValue(text: "{\"a\": {\"b\": 1}, \"b\": 1}") != nil)
    }

    @Test func anExportWithADuplicatedMemberIsRefused() {
        let text =
            "{\"format\": \"other\",\n \"format\": \"diligence-psea-assessment\", \"format_version\": 1}"
        #expect(throws: AssessmentExportError.duplicateKey("format", line: 2, column: 2)) {
            try AssessmentExport.read(text, partner: "P-0001")
        }
        let error = AssessmentExportError.duplicateKey("format", line: 2, column: 2)
        #expect(error.explanation.hasPrefix("line 2, column 2: \"format\" is given twice"))
    }

    @Test func nestingPastTheLimitIsSaidSo() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: AssessmentExportError.tooDeep(limit: 64, line: 1, column: 65)) {
            try AssessmentExport.read(deep, partner: "P-0001")
        }
    }
}
