import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence audit risk [--country CC] [--type T] [--json|--csv]`: the managers' portfolio risk report.
struct AuditRiskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "Show every partner's PSEA risk at a glance, with totals per country and partner type.",
        discussion: """
            One line per partner: where its lifecycle stands, its capacity level and the age of its \
            last final assessment, its open flags by level, its agreement's mandatory clauses, its \
            training coverage, how many allegation cases are open (a count, never their details) and \
            whether a valid red flag locks it. Allegation counts from 1 to 2 show as <3 (and a second \
            count beside a lone one, so a total cannot give it back) unless you act in a role that reads \
            every partner's cases (--as ACCOUNT --role psea_focal_point). Text and JSON add totals per country and per partner \
            type; CSV carries the partner lines only (one header row).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup(title: "Reading allegation counts") var acting: ActorOptions

    @OptionGroup var filter: PartnerFilterOptions

    func run() async throws {
        let format = try output.format()
        let (country, type) = try filter.checked()
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: false)
        let report = try await service.portfolioRisk(
            country: country, type: type, by: try await acting.authenticateIfGiven(service))
        switch format {
        case .json:
            JSONOutput.print(
                try JSONOutput.encoded(
                    RiskReportView(report, country: country, type: type, standing: RiskReportText.standing)))
        case .csv:
            CSVOutput.print(RiskReportText.csv(report))
        case .text:
            var output = StandardOutput()
            RiskReportText.write(report, filtered: country != nil || type != nil, to: &output)
            output.flush()
        }
    }
}
