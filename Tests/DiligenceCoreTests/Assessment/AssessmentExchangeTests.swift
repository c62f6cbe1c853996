import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// The portable assessment document, bulk answer files and recorded determinations.
@Suite struct AssessmentExchangeTests {
    let unicef: Questionnaire
    let at = Date(timeIntervalSince1970: 1_767_225_600 + 9 * 3600)  // 2026-01-01T09:00:00Z

    init() throws {
        unicef = try QuestionnaireFixtures.shipped("psea-unicef-2020")
    }

    /// A final record on psea-unicef-2020 with every standard rated `rating`.
    func finalRecord(_ rating: String) throws -> AssessmentRecord {
        var record = AssessmentRecord(questionnaire: QuestionnaireReference(unicef), partner: "P-0001")
        for standard in unicef.standards {
            record = try record.applying(
                .rate(standard: standard.id, rating: rating, note: nil), questionnaire: unicef)
        }
        return record.noting(entered: ["valid"], at: at, questionnaire: unicef)
    }

    @Test func enteringThePlanAndValidRecordsDeterminationsWithTheirPeriods() throws {
        var record = try finalRecord("progressing")
        #expect(record.final?.capacity == .medium)
        #expect(record.final?.on == LocalDate("2026-01-01"))
        #expect(record.final?.periodEndsOn == LocalDate("2031-01-01"))
        record.final = nil
        let planned = record.noting(entered: ["strengthening", "planning"], at: at, questionnaire: unicef)
        #expect(planned.preliminary?.periodEndsOn == LocalDate("2026-07-01"))
        #expect(planned.isPlanOverdue(today: LocalDate("2026-06-30")!) == false)
        #expect(planned.isPlanOverdue(today: LocalDate("2026-07-01")!) == true)
        #expect(AssessmentRecord(json: planned.json) == planned)
        #expect(RecordedDetermination.parse(RecordedDetermination.format(at)) == at)
    }

    @Test func anExportReadsBackAndIsAccepted() throws {
        let export = AssessmentExport(
            assessment: "A-0007", assessingEntity: "UNICEF Kenya",
            partner: ["id": "P-0001", "name": "Amani"],
            record: try finalRecord("adequate"), exportedAt: at)
        let read = try AssessmentExport.read(export.json.prettyText, partner: "P-0042")
        #expect(read.assessment == "A-0007" && read.assessingEntity == "UNICEF Kenya")
        #expect(read.record.partner == "P-0042")
        #expect(read.documentHash == export.json["hash"]?.stringValue)
        let accepted = try read.accepted(questionnaire: unicef, today: LocalDate("2026-02-01")!)
        #expect(accepted.final?.capacity == .full)
        #expect(accepted.acceptedFrom?.entity == "UNICEF Kenya")
        #expect(throws: AssessmentExportError.expired(LocalDate("2026-01-01")!, LocalDate("2031-01-01")!)) {
            try read.accepted(questionnaire: unicef, today: LocalDate("2031-01-01")!)
        }
    }

    @Test func aChangedOrBrokenDocumentIsRefused() throws {
        let export = AssessmentExport(
            assessment: "A-0007", assessingEntity: "UNICEF Kenya", partner: ["id": "P-0001"],
            record: try finalRecord("adequate"), exportedAt: at)
        let text = export.json.prettyText
        #expect(throws: AssessmentExportError.altered) {
            try AssessmentExport.read(
                text.replacingOccurrences(of: "\"adequate\"", with: "\"absent\""), partner: "P-1")
        }
        #expect(throws: AssessmentExportError.malformed(line: 1, column: 2)) {
            try AssessmentExport.read("{]", partner: "P-1")
        }
        #expect(throws: AssessmentExportError.notAnExport("it is not a JSON object")) {
            try AssessmentExport.read("[1]", partner: "P-1")
        }
        var wrong = export
        wrong.record.final?.capacity = .low
        let reread = try AssessmentExport.read(wrong.json.prettyText, partner: "P-1")
        #expect(throws: AssessmentExportError.determinationDoesNotFollow(.low, computed: .full)) {
            try reread.accepted(questionnaire: unicef, today: LocalDate("2026-02-01")!)
        }
        var other = unicef
        other.version = unicef.version + 1
        #expect(
            throws: AssessmentExportError.versionDiffers(
                "psea-unicef-2020", document: unicef.version, here: unicef.version + 1)
        ) {
            try reread.accepted(questionnaire: other, today: LocalDate("2026-02-01")!)
        }
    }

    @Test func jsonErrorsNameLineAndColumn() {
        #expect(throws: JSONSyntaxError(line: 3, column: 3)) {
            try JSONValue.parse("{\n \"a\": 1\n  \"b\": 2}")
        }
        #expect(throws: JSONSyntaxError(line: 1, column: 9)) { try JSONValue.parse("{\"a\": 1,}") }
    }

    @Test func answerSheetsNameTheRowOrLineOfEachProblem() throws {
        let common = try QuestionnaireFixtures.shipped("psea-common")
        let empty = AssessmentRecord(questionnaire: QuestionnaireReference(common), partner: "P-0001")
        let rows = try AnswerSheet.read(
            file: "a.csv",
            text: "Value,Question,evidence\r\nyes,policy.exists,psea_policy:Board minute; code_of_conduct\r\n"
        )
        #expect(rows.first?.answer.evidence.map(\.type) == ["psea_policy", "code_of_conduct"])
        #expect(rows.first?.place == "row 2")
        #expect(try AnswerSheet.check(rows, record: empty, questionnaire: common).answers.count == 1)
        #expect(throws: AnswerSheetError(problems: ["row 1: the header has no value column"])) {
            try AnswerSheet.read(file: "a.csv", text: "question,comment\n")
        }
        #expect(throws: AnswerSheetError(problems: ["row 3: the value of policy.scope is empty"])) {
            try AnswerSheet.read(file: "a.csv", text: "question,value\npolicy.exists,yes\npolicy.scope,\n")
        }
        let twice = try AnswerSheet.read(
            file: "a.csv", text: "question,value\npolicy.exists,yes\npolicy.exists,no\n")
        #expect(
            throws: AnswerSheetError(problems: ["row 3: policy.exists is answered twice (first at row 2)"])
        ) {
            try AnswerSheet.check(twice, record: empty, questionnaire: common)
        }
        #expect(throws: AnswerSheetError.self) { try AnswerSheet.read(file: "a.txt", text: "") }
        let yaml = try AnswerSheet.read(
            file: "a.yaml",
            text: "answers:\n  - question: policy.exists\n    value: yes\n    evidence: [psea_policy]\n")
        #expect(yaml.first?.place == "a.yaml:2:5")
        #expect(yaml.first?.answer.value == "yes")
    }
}
