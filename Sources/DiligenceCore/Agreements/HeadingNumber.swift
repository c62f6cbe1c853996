/// Splits a heading's leading number ("12.", "12.3", "IV.", "Article 5:", "(a)") from its text.
/// Pure Swift on characters (no Foundation), since every heading of a large agreement goes through it.
public enum HeadingNumber {
    static let lead: Set<String> = [
        "article", "section", "clause", "annex", "article.", "art.", "artículo", "cláusula",
    ]

    static let closing: Set<Character> = [".", ":", ")", "-", "–"]
    static let roman: Set<Character> = ["i", "v", "x", "l", "c", "d", "m"]

    /// The number (without trailing punctuation) and the rest of the heading.
    public static func split(_ heading: String) -> (number: String?, text: String) {
        // Headings are short; most start with a letter or digit and end without white space.
        let trimmed =
            heading.first?.isWhitespace == false && heading.last?.isWhitespace == false
            ? Substring(heading) : trim(Substring(heading), \.isWhitespace)
        var words = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard !words.isEmpty else { return (nil, String(trimmed)) }
        var prefix = ""
        if words.count > 1, words[0].count <= 9, lead.contains(words[0].lowercased()) {
            prefix = words.removeFirst() + " "
        }
        let candidate = trim(trim(words[0]) { closing.contains($0) }) { $0 == "(" }
        // After a lead word a roman numeral needs no punctuation ("Article XIV").
        let punctuated =
            !prefix.isEmpty || words[0].hasSuffix(".") || words[0].hasSuffix(")") || words[0].hasPrefix("(")
        guard isNumber(String(candidate), punctuated: punctuated) else { return (nil, String(trimmed)) }
        let rest = words.dropFirst().joined(separator: " ")
        return (prefix + candidate, rest.isEmpty ? String(trimmed) : rest)
    }

    /// `text` without the characters matching `drop` at either end.
    static func trim(_ text: Substring, _ drop: (Character) -> Bool) -> Substring {
        guard let first = text.firstIndex(where: { !drop($0) }),
            let last = text.lastIndex(where: { !drop($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// True for "12", "12.3", and for a roman numeral or a single letter when punctuated ("IV.", "(a)").
    static func isNumber(_ word: String, punctuated: Bool) -> Bool {
        guard !word.isEmpty, word.count <= 12 else { return false }
        if word.allSatisfy({ $0.isNumber || $0 == "." }), word.first?.isNumber == true { return true }
        guard punctuated else { return false }
        if word.count <= 6, word.lowercased().allSatisfy({ roman.contains($0) }) { return true }
        return word.count == 1 && word.first?.isLetter == true
    }
}
