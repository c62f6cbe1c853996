import DiligenceCore
import DiligenceStore
import Foundation

/// `--json` output: one pretty-printed JSON document with sorted keys on stdout.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    static func time(_ date: Date) -> JSONValue { .string(Timestamp.format(date)) }
}
