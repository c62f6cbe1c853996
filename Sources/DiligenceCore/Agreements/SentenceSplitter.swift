import Foundation

/// Splits prepared paragraph text into sentences: after `.`, `!` or `?` followed by a space and a
/// capital, a digit, a quote or a bracket, unless the word before is a known abbreviation or a
/// single letter (`e.g.`, `No.`, `U.N.`).
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "no", "nos", "art", "arts", "para", "paras", "etc", "mr", "mrs", "ms",
        "dr", "st", "inc", "ltd", "vs", "cf", "sec", "p", "pp", "u.n", "ref", "fig", "approx", "incl",
    ]

    /// The sentences of `text`, trimmed, in order.
    public static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "." || character == "!" || character == "?", next < text.endIndex,
                text[next].isWhitespace
            {
                let after = text[next...].drop(while: \.isWhitespace)
                if let first = after.first,
                    first.isUppercase || first.isNumber || first == "\"" || first == "(" || first == "'",
                    character != "." || !endsWithAbbreviation(text[start..<index])
                {
                    appendTrimmed(text[start...index], to: &result)
                    start = after.startIndex
                    index = start
                    continue
                }
            }
            index = next
        }
        appendTrimmed(text[start...], to: &result)
        return result
    }

    private static func appendTrimmed(_ piece: Substring, to result: inout [String]) {
        guard let first = piece.firstIndex(where: { !$0.isWhitespace }),
            let last = piece.lastIndex(where: { !$0.isWhitespace })
        else { return }
        result.append(String(piece[first...last]))
    }

    private static func endsWithAbbreviation(_ text: Substring) -> Bool {
        let word = text.reversed().prefix { !$0.isWhitespace && $0 != "(" }
        let lower = String(word.reversed()).lowercased()
        return (lower.count == 1 && lower.first?.isLetter == true) || abbreviations.contains(lower)
    }
}
