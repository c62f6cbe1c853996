import DiligenceCore
import DiligenceStore
import Foundation

/// `--json` output: one pretty-printed JSON document with sorted keys on stdout.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        Swift.print(value.prettyText)
    }

    static func time(_ date: Date) -> JSONValue { .string(Timestamp.format(date)) }

    /// A view of the application layer as JSON, times written as the log writes them.
    static func encoded(_ view: some Encodable) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        let data = try encoder.encode(view)
        guard let value = JSONValue(text: String(decoding: data, as: UTF8.self)) else {
            throw CommandFailure("the view could not be written as JSON")
        }
        return value
    }
}
