import DiligenceCore
import DiligenceStore
import Foundation

/// `--json` output: one pretty-printed JSON document with sorted keys on stdout.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        Swift.print(terminalSafe(value.prettyText))
    }

    /// JSON text with the controls JSON itself leaves raw (DEL, the C1 controls, bidirectional
    /// overrides, line and paragraph separators) written as `\u` escapes: the same document, which
    /// no terminal acts on. They can only be inside strings, where the escape means the same.
    static func terminalSafe(_ text: String) -> String {
        func isRaw(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
            default: false
            }
        }
        guard text.unicodeScalars.contains(where: isRaw) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isRaw(scalar) else {
                shown.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            shown.append(
                contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(shown)
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
