import ArgumentParser

/// `--json` or `--csv` for the audit reports; text when neither is given.
struct ReportFormatOptions: ParsableArguments {
    @Flag(
        name: .long, help: "Print JSON (a stable shape, documented in docs/json-output.md) instead of text.")
    var json = false

    @Flag(name: .long, help: "Print CSV (RFC 4180, UTF-8, one header row, CRLF line ends) instead of text.")
    var csv = false

    /// The format asked for; both flags at once is a usage error.
    func format() throws -> ReportFormat {
        switch (json, csv) {
        case (true, true):
            throw CommandFailure("choose one output format: --json or --csv, not both", exitCode: .usage)
        case (true, false): return .json
        case (false, true): return .csv
        case (false, false): return .text
        }
    }
}

/// How a report is printed.
enum ReportFormat {
    /// A readable table for a manager.
    case text
    /// One JSON document.
    case json
    /// RFC 4180 CSV.
    case csv
}
