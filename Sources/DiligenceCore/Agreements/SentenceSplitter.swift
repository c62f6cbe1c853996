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
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSentences(text) }
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

    /// The same rules on the bytes of ASCII text, without decoding characters.
    static func asciiSentences(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var result: [String] = []
            func append(_ start: Int, _ end: Int) {
                var first = start
                var last = end
                while first < last, isSpace(bytes[first]) { first += 1 }
                while last > first, isSpace(bytes[last - 1]) { last -= 1 }
                if first < last {
                    result.append(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
                }
            }
            func endsWithAbbreviation(_ start: Int, _ end: Int) -> Bool {
                var wordStart = end
                while wordStart > start, !isSpace(bytes[wordStart - 1]), bytes[wordStart - 1] != 0x28 {
                    wordStart -= 1
                }
                let length = end - wordStart
                if length == 1 {
                    let byte = bytes[wordStart] | 0x20
                    return byte >= 0x61 && byte <= 0x7A
                }
                guard length > 0, length <= 8 else { return false }
                let word = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)
                return abbreviations.contains(word.lowercased())
            }
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x2E || byte == 0x21 || byte == 0x3F, index + 1 < count, isSpace(bytes[index + 1])
                {
                    var after = index + 1
                    while after < count, isSpace(bytes[after]) { after += 1 }
                    if after < count {
                        let first = bytes[after]
                        let opens =
                            (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
                            || first == 0x22
                            || first == 0x28 || first == 0x27
                        if opens, byte != 0x2E || !endsWithAbbreviation(start, index) {
                            append(start, index + 1)
                            start = after
                            index = after
                            continue
                        }
                    }
                }
                index += 1
            }
            append(start, count)
            return result
        }
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
