/// The languages an agreement is written in, told by its function words ("the", "shall"; "le",
/// "les"; "el", "los"): deterministic and without a model. A document with a second language of at
/// least a fifth of the first's words (two columns side by side) is bilingual.
public struct AgreementLanguage: Hashable, Sendable, CustomStringConvertible {
    /// The languages found, the most used first (ISO 639-1), at most two.
    public var languages: [String]

    /// Creates a result.
    public init(languages: [String]) { self.languages = languages }

    /// The most used language, `nil` when none was recognised.
    public var primary: String? { languages.first }

    /// `en`, `fr+en` for a bilingual document, `unknown` when none was recognised.
    public var description: String { languages.isEmpty ? "unknown" : languages.joined(separator: "+") }

    static let functionWords: [String: Set<String>] = [
        "en": ["the", "and", "of", "shall", "to", "with", "any", "this", "that", "its", "by", "which"],
        "fr": ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "aux", "sur", "qui", "cette"],
        "es": ["el", "los", "las", "del", "y", "que", "por", "con", "una", "para", "este", "esta", "sus"],
    ]

    /// The languages of `document`, from its first 20 000 words.
    public static func detect(_ document: AgreementDocument) -> AgreementLanguage {
        var counts: [String: Int] = [:]
        var seen = 0
        scan: for section in document.sections {
            for paragraph in section.paragraphs {
                for word in AgreementText.tokens(AgreementText.fold(paragraph.text)) {
                    seen += 1
                    if seen > 20_000 { break scan }
                    for (language, words) in functionWords where words.contains(String(word)) {
                        counts[language, default: 0] += 1
                    }
                }
            }
        }
        let ranked = counts.filter { $0.value >= 3 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let first = ranked.first else { return AgreementLanguage(languages: []) }
        var languages = [first.key]
        if ranked.count > 1, ranked[1].value * 5 >= first.value { languages.append(ranked[1].key) }
        return AgreementLanguage(languages: languages)
    }
}
