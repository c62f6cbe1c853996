import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence audit risk [--country CC] [--type T] [--json|--csv]`: the managers' portfolio risk report.
struct AuditRiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "Show every partner's PSEA risk at a glance, with totals per country and partner type.",
        discussion: """
            One line per partner: where its lifecycle stands, its capacity level and the age of its \
            last final assessment, its open flags by level, its agreement's mandatory clauses, its \
            training coverage, how many allegation cases are open (a count, never their details) and \
            whether a valid red flag locks it. Text and JSON add totals per country and per partner \
            type; CSV carries the partner lines only (one header row).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: ReportFormatOptions

    @Option(
        help: ArgumentHelp("Only partners in this country (two-letter code, such as KE).", valueName: "cc"))
    var country: String?

    @Option(
        help: ArgumentHelp(
            "Only partners of this kind: \(PartnerType.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "type"))
    var type: String?

    func run() throws {
        let format = try output.format()
        let country = try ReportFilters.country(country)
        let type = try ReportFilters.partnerType(type)
        let definitions = try global.definitions()
        let store = try global.store(create: false)
        let report = try storeCall { try store.portfolioRisk(country: country, type: type, now: Date()) }
        let lifecycle = definitions.workflow(forSubject: "partner")
        switch format {
        case .json:
            JSONOutput.print(RiskReportView.json(report, lifecycle: lifecycle, country: country, type: type))
        case .csv:
            print(RiskReportView.csv(report, lifecycle: lifecycle).text, terminator: "")
        case .text:
            print(RiskReportView.text(report, lifecycle: lifecycle, filtered: country != nil || type != nil))
        }
    }
}
