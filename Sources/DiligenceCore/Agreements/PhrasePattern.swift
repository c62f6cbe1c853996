/// A catalogue phrase compiled for matching: its folded words, each exact or a prefix (`report*`).
struct PhrasePattern: Hashable, Sendable {
    /// One word of a phrase.
    enum Word: Hashable, Sendable {
        case exact(String)
        case prefix(String)

        func matches(_ token: Substring) -> Bool {
            switch self {
            case .exact(let word): token == word
            case .prefix(let start): token.hasPrefix(start)
            }
        }
    }

    /// The words in order.
    var words: [Word]

    /// Compiles a phrase; `nil` when it has a problem (see ``problem(in:)``).
    init?(_ text: String) {
        guard Self.problem(in: text) == nil else { return nil }
        var words: [Word] = []
        for piece in text.split(whereSeparator: \.isWhitespace) {
            let isPrefix = piece.hasSuffix("*")
            let tokens = AgreementText.tokens(AgreementText.fold(String(piece.filter { $0 != "*" })))
            for (index, token) in tokens.enumerated() {
                words.append(
                    isPrefix && index == tokens.count - 1 ? .prefix(String(token)) : .exact(String(token)))
            }
        }
        self.words = words
    }

    /// What is wrong with a phrase, to finish "the phrase ... ", or `nil` when it is usable.
    static func problem(in text: String) -> String? {
        let pieces = text.split(whereSeparator: \.isWhitespace)
        if pieces.isEmpty { return "has no words" }
        for piece in pieces {
            if piece.dropLast().contains("*") {
                return "uses \"*\" inside a word; it may only end one (report*)"
            }
            let tokens = AgreementText.tokens(AgreementText.fold(String(piece.filter { $0 != "*" })))
            if tokens.isEmpty { return "has a part without letters or digits (\"\(piece)\")" }
            if piece.hasSuffix("*"), let last = tokens.last, last.count < 3 {
                return
                    "ends \"\(piece)\" with \"*\" after fewer than three letters, which would match too much"
            }
        }
        return nil
    }
}
