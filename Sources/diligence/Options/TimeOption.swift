import DiligenceStore
import Foundation

/// A `--now TIME` option's value: refused, in the user's words, when it is no ISO-8601 time.
enum TimeOption {
    static func parse(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        guard let parsed = Timestamp.parse(text) else {
            throw CommandFailure(
                "--now \"\(text)\" is not an ISO-8601 time such as 2027-06-01 or 2027-06-01T09:00:00Z",
                exitCode: .usage)
        }
        return parsed
    }
}
