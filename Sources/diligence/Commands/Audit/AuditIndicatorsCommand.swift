import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence audit indicators [--year Y] [--json|--csv]`: the harmonized board-report figures.
struct AuditIndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the board-report PSEA indicators from the records.",
        discussion: """
            Partners assessed (count and share, against a target), partners at each capacity level, \
            agreements with all mandatory clauses, personnel trained (share, against a target), \
            allegations received, reported on time, assisted with consent and by status. The targets \
            are in Assessments/indicators.yaml. With --year, the figures are taken at 31 December of \
            that year (today for the current year); docs/reports.md defines each figure. Allegation \
            counts from 1 to 2 show as <3 unless you act in a role that reads every partner's cases.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup(title: "Reading allegation counts") var acting: ActorOptions

    // Unconditional: `--year -5` is a value to refuse, not an unknown option.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The year to report on, such as 2025 (default: as of today).", valueName: "year"))
    var year: String?

    func run() async throws {
        let format = try output.format()
        let year = try ReportFilters.year(year, today: LocalDate(Date()))
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: false)
        let figures = try await service.portfolioIndicators(
            year: year, by: try await acting.authenticateIfGiven(service))
        switch format {
        case .json: JSONOutput.print(try JSONOutput.encoded(IndicatorsReportView(figures)))
        case .csv: CSVOutput.print(IndicatorsText.csv(figures))
        case .text: print(IndicatorsText.text(figures))
        }
    }
}
