import DiligenceCore
import DiligenceStore
import Foundation

/// `--json` output: one pretty-printed JSON document with sorted keys on stdout.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        Swift.print(value.prettyText)
    }

    static func time(_ date: Date) -> JSONValue { .string(Timestamp.format(date)) }
}
