import Foundation

/// The text normalisation shared by agreements and catalogue phrases: Unicode compatibility
/// forms, straight quotes, case and accents folded, hyphenation and line breaks joined, list
/// numbering stripped, and words split on anything that is not a letter or a digit.
public enum AgreementText {
    /// A paragraph prepared for display and sentence splitting: hyphenated line ends joined
    /// (`obliga-\ntions` gives `obligations`), other line breaks made spaces, curly quotes made
    /// straight, NFKC applied, and a leading list number (`1.`, `(a)`, `12.3`, `iv)`) removed.
    public static func prepare(_ text: String) -> String {
        var result = text.precomposedStringWithCompatibilityMapping
        if result.contains("\n") {
            result = result.replacingOccurrences(
                of: #"(\p{L})-[ \t]*\n[ \t]*(\p{L})"#, with: "$1$2", options: .regularExpression)
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

    /// Removes list numbering at the start: `1.`, `1)`, `12.3`, `12.3.`, `(a)`, `a)`, `(iv)`, `iv.`.
    static func stripNumbering(_ text: String) -> String {
        var result = Substring(text).drop(while: \.isWhitespace)
        for _ in 0..<2 {
            guard
                let range = result.range(
                    of:
                        #"^(\(?[0-9]+(\.[0-9]+)*[.)]?|\([a-zA-Z]{1,4}\)|[a-zA-Z]{1,4}\)|[a-hA-H]\.|[ivxIVX]{1,4}\.)\s+"#,
                    options: .regularExpression)
            else { break }
            result = result[range.upperBound...]
        }
        return String(result)
    }

    /// Case and accents folded for matching (`Confidentialité` gives `confidentialite`).
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The words of folded text: runs of letters and digits.
    public static func tokens(_ folded: String) -> [Substring] {
        folded.split { !($0.isLetter || $0.isNumber) }
    }
}
