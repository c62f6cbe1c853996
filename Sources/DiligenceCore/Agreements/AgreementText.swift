import Foundation

/// The text normalisation shared by agreements and catalogue phrases: Unicode compatibility
/// forms, straight quotes, case and accents folded, hyphenation and line breaks joined, list
/// numbering stripped, and words split on anything that is not a letter or a digit.
public enum AgreementText {
    /// A paragraph prepared for display and sentence splitting: hyphenated line ends joined
    /// (`obliga-\ntions` gives `obligations`, with the hyphen `-`, `‐` or OCR's `¬`), soft
    /// hyphens removed, other line breaks made spaces, curly quotes made straight, NFKC applied
    /// (ligatures such as `ﬁ` become letters), and a leading list number (`1.`, `(a)`, `12.3`,
    /// `iv)`) removed.
    public static func prepare(_ text: String) -> String {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        // ASCII text is its own NFKC form.
        var result = ascii ? text : text.precomposedStringWithCompatibilityMapping
        if !ascii, result.unicodeScalars.contains("\u{00AD}") {
            result.unicodeScalars.removeAll { $0 == "\u{00AD}" }
        }
        if result.utf8.contains(0x0A) {
            result = result.replacingOccurrences(
                of: #"(\p{L})[-\x{2010}\x{00AC}][ \t]*\n[ \t]*(\p{L})"#, with: "$1$2",
                options: .regularExpression)
            result = result.replacingOccurrences(of: "\n", with: " ")
        }
        result = straightenQuotes(result)
        return stripNumbering(result)
    }

    private static func straightenQuotes(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: {
                $0.value >= 0x2018 && $0.value <= 0x201F || $0 == "\u{00AB}" || $0 == "\u{00BB}"
            })
        else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": scalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": scalars.append("\"")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Removes list numbering at the start: `1.`, `1)`, `12.3`, `12.3.`, `(a)`, `a)`, `(iv)`, `iv.`
    /// (at most two, as in `1. (a) ...`), each followed by white space.
    static func stripNumbering(_ text: String) -> String {
        // Numbering starts with a digit or "(", or has ")" or "." within its first six characters.
        let head = text.utf8.prefix(8)
        if let first = head.first, first != 0x28, !(first >= 0x30 && first <= 0x39),
            !(first == 0x20 || first == 0x09),
            !head.prefix(6).contains(where: { $0 == 0x29 || $0 == 0x2E })
        {
            return text
        }
        var result = Substring(text).drop(while: \.isWhitespace)
        for _ in 0..<2 {
            guard let length = numberingLength(result) else { break }
            result = result.dropFirst(length)
        }
        return String(result)
    }

    /// The length, in characters and with the white space after it, of the list number that
    /// starts `text`; `nil` when it does not start with one.
    public static func numberingLength(_ text: Substring) -> Int? {
        // Numbering is ASCII: compare bytes (a character per byte) when the head is ASCII.
        let bytes = Array(text.utf8.prefix(40))
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return numberingLength(bytes.map { Character(Unicode.Scalar($0)) })
        }
        return numberingLength(Array(text.prefix(40)))
    }

    private static func numberingLength(_ head: [Character]) -> Int? {
        func whitespace(from start: Int) -> Int? {
            var end = start
            while end < head.count, head[end].isWhitespace { end += 1 }
            return end > start ? end : nil
        }
        func isDigit(_ index: Int) -> Bool {
            index < head.count && head[index].isASCII && head[index].isNumber
        }
        func isLetter(_ index: Int) -> Bool {
            index < head.count && head[index].isASCII && head[index].isLetter
        }
        // `(1)`, `1.`, `12.3`, `12.3.`, `1)`: digits with dotted parts, an optional opening
        // parenthesis and an optional closing `.` or `)`.
        var index = head.first == "(" ? 1 : 0
        if isDigit(index) {
            while isDigit(index) { index += 1 }
            while index + 1 < head.count, head[index] == ".", isDigit(index + 1) {
                index += 1
                while isDigit(index) { index += 1 }
            }
            if index < head.count, head[index] == "." || head[index] == ")" {
                if let end = whitespace(from: index + 1) { return end }
            }
            if let end = whitespace(from: index) { return end }
            return nil
        }
        // `(a)`, `(iv)`, `a)`, `iv)`: one to four letters closed by a parenthesis.
        let opening = head.first == "(" ? 1 : 0
        var letters = opening
        while isLetter(letters), letters - opening < 4 { letters += 1 }
        if letters > opening, letters < head.count, head[letters] == ")",
            let end = whitespace(from: letters + 1)
        {
            return end
        }
        guard opening == 0 else { return nil }
        // `a.` to `h.` and roman numerals `iv.`: a letter or up to four of i, v, x, then a dot.
        if isLetter(0), "abcdefghABCDEFGH".contains(head[0]), head.count > 1, head[1] == ".",
            let end = whitespace(from: 2)
        {
            return end
        }
        var roman = 0
        while roman < head.count, roman < 4, "ivxIVX".contains(head[roman]) { roman += 1 }
        if roman > 0, roman < head.count, head[roman] == ".", let end = whitespace(from: roman + 1) {
            return end
        }
        return nil
    }

    /// Case and accents folded for matching (`Confidentialité` gives `confidentialite`).
    public static func fold(_ text: String) -> String {
        // ASCII has no accents or wide forms: lowercasing is the whole folding.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The words of folded text: runs of letters and digits.
    public static func tokens(_ folded: String) -> [Substring] {
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else {
            return folded.split { !($0.isLetter || $0.isNumber) }
        }
        // ASCII: words are runs of letters and digits, found byte by byte.
        var result: [Substring] = []
        let bytes = folded.utf8
        var start: String.Index?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let isWord =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x30 && byte <= 0x39)
            if isWord {
                if start == nil { start = index }
            } else if let wordStart = start {
                result.append(folded[wordStart..<index])
                start = nil
            }
            index = bytes.index(after: index)
        }
        if let wordStart = start { result.append(folded[wordStart..<folded.endIndex]) }
        return result
    }
}
