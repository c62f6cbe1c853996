import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import Foundation

/// `diligence training import PARTNER FILE.csv [--skip-bad-rows]`.
struct ImportTraining: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import training attendance sheets (CSV) for a partner.",
        discussion: """
            Columns (header row required, any order): date (YYYY-MM-DD), course, category, and people \
            (a number) or name (one person); provider is optional. See Assessments/README.md. When any \
            row is bad nothing is imported, unless --skip-bad-rows: then the good rows are imported and \
            the skipped rows are listed.
            """)

    @OptionGroup var options: PartnerActionOptions

    @Argument(help: "The attendance sheet, a CSV file.")
    var file: String

    @Flag(help: "Import the good rows and report the bad ones instead of importing nothing.")
    var skipBadRows = false

    func run() async throws {
        let limit = AttendanceSheet.Limits.standard.maxBytes
        let data = try CommandFile.read(file, maxBytes: limit) { size in
            "the sheet is \(size) bytes; the limit is \(limit); split it into smaller files"
        }
        let (service, actor) = try await options.signedIn()
        let imported: (result: TrainingChangeResult, sheet: AttendanceImport)
        do {
            imported = try await service.importAttendance(
                data, partner: options.partner, skippingBadRows: skipBadRows, by: actor)
        } catch let error as DiligenceError where error.field == .attendanceSheet {
            throw CommandFailure("\(file): \(CLIMessages.text(error))")
        } catch let error as AttendanceSheetError {
            throw CommandFailure("\(file): \(CoreErrorMessages.text(error))")
        }
        let (result, sheet) = imported
        let count = sheet.rows.count
        var note = "\(count) row\(count == 1 ? "" : "s") imported"
        if !sheet.errors.isEmpty {
            note +=
                ", \(sheet.badRows.count) skipped (rows \(sheet.badRows.map(String.init).joined(separator: ", ")))"
        }
        print(
            TrainingOptions.lines(result, partner: options.partner, note: note).joined(
                separator: "\n"))
        for error in sheet.errors { Terminal.note("\(file): skipped \(error)") }
    }
}
