import ArgumentParser
import DiligenceStore

/// `--country CC` and `--type T`: the partners a list or a report covers.
struct PartnerFilterOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Only partners in this country (two-letter code, such as KE).", valueName: "cc"))
    var country: String?

    @Option(
        help: ArgumentHelp(
            "Only partners of this kind: \(PartnerType.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "type"))
    var type: String?

    /// The country (upper-cased) and kind given, checked; a usage error names the bad option.
    func checked() throws -> (country: String?, type: PartnerType?) {
        (try ReportFilters.country(country), try ReportFilters.partnerType(type))
    }
}
