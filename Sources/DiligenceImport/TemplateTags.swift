/// The tags of a template system that an agreement exported from one still carries: Django,
/// Jinja and Liquid statements (`{% if %}`) and comments (`{# ... #}`), which are not text of the
/// agreement. Placeholders (`{{ partner.name }}`) stay: they stand where text will be.
enum TemplateTags {
    /// `text` without its template statements and comments.
    static func strip(_ text: String) -> String {
        guard text.contains("{%") || text.contains("{#") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{%") ?? rest.firstRange(of: "{#") {
            let earliest =
                [rest.firstRange(of: "{%"), rest.firstRange(of: "{#")].compactMap { $0 }
                .min { $0.lowerBound < $1.lowerBound } ?? open
            let closing = rest[earliest.lowerBound...].hasPrefix("{%") ? "%}" : "#}"
            result += rest[..<earliest.lowerBound]
            guard let close = rest[earliest.upperBound...].firstRange(of: closing) else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// True when `text` starts, after white space, with a template tag or placeholder.
    static func startsWithTag(_ text: Substring) -> Bool {
        let trimmed = text.drop(while: \.isWhitespace)
        return trimmed.hasPrefix("{%") || trimmed.hasPrefix("{#") || trimmed.hasPrefix("{{")
    }
}
