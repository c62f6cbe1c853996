/// A catalogue phrase compiled for matching: its folded words, each exact or a prefix (`report*`).
struct PhrasePattern: Hashable, Sendable {
    /// One word of a phrase, as folded UTF-8 bytes.
    enum Word: Hashable, Sendable {
        case exact([UInt8])
        case prefix([UInt8])

        /// The word's bytes.
        var bytes: [UInt8] {
            switch self {
            case .exact(let bytes), .prefix(let bytes): bytes
            }
        }

        /// True when the word `index` of `words` matches.
        func matches(_ words: FoldedWords, at index: Int) -> Bool {
            let range = words.ranges[index]
            switch self {
            case .exact(let expected):
                guard range.count == expected.count else { return false }
            case .prefix(let expected):
                guard range.count >= expected.count else { return false }
            }
            var offset = range.lowerBound
            for byte in bytes {
                if words.bytes[offset] != byte { return false }
                offset += 1
            }
            return true
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
                let bytes = Array(token.utf8)
                words.append(isPrefix && index == tokens.count - 1 ? .prefix(bytes) : .exact(bytes))
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
