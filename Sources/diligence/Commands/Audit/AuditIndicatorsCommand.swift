import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence audit indicators [--year Y] [--json|--csv]`: the harmonized board-report figures.
struct AuditIndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the board-report PSEA indicators from the records.",
        discussion: """
            Partners assessed (count and share, against a target), partners at each capacity level, \
            agreements with all mandatory clauses, personnel trained (share, against a target), \
            allegations received, reported on time, assisted with consent and by status. The targets \
            are in Assessments/indicators.yaml. With --year, the figures are taken at 31 December of \
            that year (today for the current year); docs/reports.md defines each figure.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: ReportFormatOptions

    @Option(
        help: ArgumentHelp("The year to report on, such as 2025 (default: as of today).", valueName: "year"))
    var year: String?

    func run() throws {
        let format = try output.format()
        let now = Date()
        let year = try ReportFilters.year(year, today: LocalDate(now))
        let definitions = try global.definitions()
        let store = try global.store(create: false)
        let targets = definitions.indicatorTargets ?? .standard
        let figures = try storeCall { try store.portfolioIndicators(year: year, targets: targets, now: now) }
        switch format {
        case .json: JSONOutput.print(IndicatorsView.json(figures))
        case .csv: print(IndicatorsView.csv(figures).text, terminator: "")
        case .text: print(IndicatorsView.text(figures))
        }
    }
}
