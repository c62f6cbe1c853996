import DiligenceCore

extension DiligenceService {
    /// The year of the board report as a URL or a form gives it: four digits from 1900 up to this
    /// year, `nil` for today's figures when none is given. Anything else is refused as
    /// ``DiligenceError/Code/invalidValue`` on ``DiligenceError/Field/year`` with `value` and
    /// `latest` (this year).
    public func indicatorsYear(_ text: String?) throws -> Int? {
        guard let text, !text.isEmpty else { return nil }
        let latest = LocalDate(clock()).components.year
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text),
            year >= 1900, year <= latest
        else {
            throw DiligenceError(.invalidValue, field: .year, ["value": text, "latest": String(latest)])
        }
        return year
    }
}
