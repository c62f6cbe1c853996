import Foundation

/// Splits a heading's leading number ("12.", "12.3", "IV.", "Article 5:", "(a)") from its text.
public enum HeadingNumber {
    /// The number (without trailing punctuation) and the rest of the heading.
    public static func split(_ heading: String) -> (number: String?, text: String) {
        let trimmed = heading.trimmingCharacters(in: .whitespacesAndNewlines)
        var words = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(
            String.init)
        guard !words.isEmpty else { return (nil, trimmed) }
        var prefix = ""
        let lead = words[0].lowercased()
        if ["article", "section", "clause", "annex", "article.", "art.", "artículo", "cláusula"].contains(
            lead),
            words.count > 1
        {
            prefix = words.removeFirst() + " "
        }
        let candidate = words[0].trimmingCharacters(in: CharacterSet(charactersIn: ".:)-–"))
            .trimmingCharacters(in: CharacterSet(charactersIn: "("))
        let punctuated = words[0].hasSuffix(".") || words[0].hasSuffix(")") || words[0].hasPrefix("(")
        guard isNumber(candidate, punctuated: punctuated) else { return (nil, trimmed) }
        let rest = words.dropFirst().joined(separator: " ")
        return (prefix + candidate, rest.isEmpty ? trimmed : rest)
    }

    /// True for "12", "12.3", and for a roman numeral or a single letter when punctuated ("IV.", "(a)").
    static func isNumber(_ word: String, punctuated: Bool) -> Bool {
        guard !word.isEmpty, word.count <= 12 else { return false }
        if word.allSatisfy({ $0.isNumber || $0 == "." }), word.first?.isNumber == true { return true }
        let roman = Set("ivxlcdm")
        guard punctuated else { return false }
        if word.count <= 6, word.lowercased().allSatisfy({ roman.contains($0) }) { return true }
        return word.count == 1 && word.first?.isLetter == true
    }
}
