import DiligenceCore
import DiligenceStore
import Foundation

/// Checks of the audit reports' filters, before anything is opened.
enum ReportFilters {
    /// The country code of `--country`, upper-cased; two letters or a usage error.
    static func country(_ text: String?) throws -> String? {
        guard let text else { return nil }
        let letters = text.unicodeScalars
        guard letters.count == 2, letters.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) })
        else {
            throw CommandFailure(
                "--country \"\(text)\" is not a two-letter country code such as KE or CO", exitCode: .usage)
        }
        return text.uppercased()
    }

    /// The partner type of `--type`; one of the kinds of partner or a usage error.
    static func partnerType(_ text: String?) throws -> PartnerType? {
        guard let text else { return nil }
        guard let type = PartnerType(rawValue: text.lowercased()) else {
            let types = PartnerType.allCases.map(\.rawValue)
            var message = "--type \"\(text)\" is not a kind of partner"
            if let suggestion = Suggestion.closest(to: text.lowercased(), among: types) {
                message += "; did you mean \"\(suggestion)\"?"
            } else {
                message += "; use one of \(types.joined(separator: ", "))"
            }
            throw CommandFailure(message, exitCode: .usage)
        }
        return type
    }

    /// The year of `--year`: four digits, from 1900 up to this year; a usage error otherwise.
    static func year(_ text: String?, today: LocalDate) throws -> Int? {
        guard let text else { return nil }
        let thisYear = today.components.year
        guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), year >= 1900 else {
            throw CommandFailure(
                "--year \"\(text)\" is not a year; give four digits such as \(thisYear - 1)", exitCode: .usage
            )
        }
        guard year <= thisYear else {
            throw CommandFailure(
                "--year \(year) has not begun; the figures go up to this year, \(thisYear)", exitCode: .usage)
        }
        return year
    }
}
