import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceWebForms
import Foundation
import Testing

@testable import DiligenceServer

/// What the flag and training pages read from a request: unknown filter values are ignored,
/// refusals are worded beside their field or above the page, a sheet's bad rows keep their row
/// number, and the bars stay within their box.
@Suite struct FlagTrainingInputTests {
    /// The partner page says the training coverage in one sentence, or that nothing is recorded.
    @Test func thePartnerPageSaysTheTrainingCoverage() {
        #expect(WebApp.trainingCoverage(nil) == "No personnel or training recorded yet.")
        #expect(
            WebApp.trainingCoverage(CoverageShare(trained: 0, inScope: 0))
                == "Nobody is in the training policy's scope yet.")
        let line = WebApp.trainingCoverage(CoverageShare(trained: 9, inScope: 10))
        #expect(line.hasPrefix("Coverage of the policy's scope today: 9 of 10 trained (90%)"), "\(line)")
    }

    @Test func unknownFilterValuesAreIgnoredAndLongOnesCut() throws {
        let params = try #require(
            WebForm(
                urlEncoded: "level=purple&category=x&origin=robot&open=maybe&mine=1&partner="
                    + String(repeating: "P", count: 99)))
        let query = WebApp.flagQuery(params)
        #expect(query.level == nil && query.category == nil && query.origin == nil)
        #expect(!query.openOnly && !query.onlyMine)
        #expect(query.partner?.count == 40)
        let good = WebApp.flagQuery(
            try #require(WebForm(urlEncoded: "level=red&origin=rule&open=yes&mine=yes")))
        #expect(good.level == .red && good.origin == .rule && good.openOnly && good.onlyMine)
    }

    @Test func aMissingReasonIsAnErrorBesideItsFieldAndARoleRefusalNamesTheRoles() {
        let missing = StoreError.invalidInput(field: .reason, problem: .missing, values: [:])
        guard
            case .field(let error)? = FlagMessages.outcome(
                missing, reasonField: "reason-escalate", decision: .escalate)
        else {
            Issue.record("not a field error")
            return
        }
        #expect(error.field == "reason-escalate")
        #expect(error.message == "Enter why headquarters should decide")
        let role = StoreError.invalidInput(
            field: .role, problem: .notPermitted,
            values: ["role": "programme_officer", "allowed": "hq_reviewer"])
        guard
            case .refusal(let title, let lines)? = FlagMessages.outcome(
                role, reasonField: "reason", decision: nil)
        else {
            Issue.record("not a refusal")
            return
        }
        #expect(title == "Raise a flag was refused")
        #expect(lines == ["As Programme officer you may not do this; it is for HQ reviewer."])
    }

    @Test func theImportMessageShowsOnlyRowNumbers() throws {
        let fine = try #require(WebForm(urlEncoded: "imported=2&skipped=3,5"))
        #expect(WebApp.trainingMessage(fine) == "2 rows of the sheet recorded. Rows skipped: 3, 5.")
        let odd = try #require(WebForm(urlEncoded: "imported=1&skipped=%3Cb%3E"))
        #expect(WebApp.trainingMessage(odd) == "1 row of the sheet recorded.")
        #expect(WebApp.trainingMessage(try #require(WebForm(urlEncoded: "recorded=nonsense"))) == nil)
    }

    @Test func aSheetsBadRowsKeepTheirRowColumnAndReason() throws {
        let sheet = try AttendanceSheet.read(
            "date,course,category,people\n2026-01-02,A,cooks,1\n31/01/2026,A,staff,0\n")
        let rows = TrainingValues.rowErrors(sheet.errors)
        #expect(rows.map { $0["row"] as? Int } == [2, 3, 3])
        #expect(rows.map { $0["column"] as? String } == ["category", "date", "people"])
        #expect((rows[0]["reason"] as? String)?.hasPrefix("\"cooks\" is not a personnel category") == true)
    }

    @Test func aBarStaysWithinItsBox() {
        #expect(TrainingValues.bar(500).contains("width=\"200\" height=\"16\" fill=\"#1d70b8\""))
        #expect(TrainingValues.bar(-3).contains("width=\"0\""))
        let none = TrainingValues.share("Staff", CoverageShare(trained: 0, inScope: 0))
        #expect(none["percent"] as? String == "Nobody in scope")
        let some = TrainingValues.share("Staff", CoverageShare(trained: 1, inScope: 3))
        #expect(some["percent"] as? String == "33 %")
        #expect(some["band"] as? String == "26-50 %")
    }
}
