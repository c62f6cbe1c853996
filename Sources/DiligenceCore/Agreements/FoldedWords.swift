/// The words of a sentence, folded (case and accents) and kept as bytes: one buffer, each word's
/// range in it, and the hashes the phrase index looks words up by. Reading a sentence costs one
/// pass over its bytes for ASCII text (most agreements); other text is folded by Foundation first.
/// The words before which a `;`, `:` or bracket stands are kept too: a negation stops there; and
/// those before a `;` or `:`, which part a sentence into the items of a list.
struct FoldedWords {
    /// The folded words' UTF-8 bytes, one after the other.
    private(set) var bytes: [UInt8] = []
    /// Where each word starts and ends in ``bytes``.
    private(set) var ranges: [Range<Int>] = []
    /// Each word's hash (``hash(_:)``).
    private(set) var hashes: [UInt64] = []
    /// The hash of each word's first three bytes; 0 for shorter words.
    private(set) var prefixHashes: [UInt64] = []
    /// The words, in order, that a `;`, `:`, `(` or `)` stands before.
    private(set) var boundaries: [Int] = []
    /// The words, in order, that a `;` or `:` stands before.
    private(set) var stops: [Int] = []

    /// Folds and splits `text` into words: runs of letters and digits.
    init(_ text: String) {
        bytes.reserveCapacity(text.utf8.count)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var start = -1
            var boundary = false
            var stop = false
            for byte in text.utf8 {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                let isWord = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
                if isWord {
                    if start < 0 {
                        start = bytes.count
                        if boundary {
                            boundaries.append(ranges.count)
                            boundary = false
                        }
                        if stop {
                            stops.append(ranges.count)
                            stop = false
                        }
                    }
                    bytes.append(lower)
                } else {
                    if start >= 0 {
                        close(from: start)
                        start = -1
                    }
                    if byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29 { boundary = true }
                    if byte == 0x3B || byte == 0x3A { stop = true }
                }
            }
            if start >= 0 { close(from: start) }
        } else {
            var start = -1
            var boundary = false
            var stop = false
            for character in AgreementText.fold(text) {
                if character.isLetter || character.isNumber {
                    if start < 0 {
                        start = bytes.count
                        if boundary {
                            boundaries.append(ranges.count)
                            boundary = false
                        }
                        if stop {
                            stops.append(ranges.count)
                            stop = false
                        }
                    }
                    bytes.append(contentsOf: character.utf8)
                } else {
                    if start >= 0 {
                        close(from: start)
                        start = -1
                    }
                    if Self.boundaryMarks.contains(character) { boundary = true }
                    if character == ";" || character == ":" { stop = true }
                }
            }
            if start >= 0 { close(from: start) }
        }
    }

    private static let boundaryMarks: Set<Character> = [";", ":", "(", ")"]

    private mutating func close(from start: Int) {
        let range = start..<bytes.count
        ranges.append(range)
        hashes.append(Self.hash(bytes[range]))
        prefixHashes.append(range.count >= 3 ? Self.hash(bytes[start..<start + 3]) : 0)
    }

    /// The words of the part of the sentence (between `;` and `:`) that the word at `position`
    /// is in: a list's item written inline, or a lead-in apart from its item.
    func part(around position: Int) -> Range<Int> {
        let start = stops.last { $0 <= position } ?? 0
        let end = stops.first { $0 > position } ?? count
        return start..<end
    }

    /// The number of words.
    var count: Int { ranges.count }

    /// The words from `start` (inclusive) to `end` (exclusive), joined by spaces.
    func text(_ words: Range<Int>) -> String {
        words.map { String(decoding: bytes[ranges[$0]], as: UTF8.self) }.joined(separator: " ")
    }

    /// FNV-1a over bytes, never 0.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash == 0 ? 1 : hash
    }
}
