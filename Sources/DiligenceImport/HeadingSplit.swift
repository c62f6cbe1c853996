import DiligenceCore

/// ``HeadingNumber/split(_:)`` on the UTF-8 bytes of a tidied heading (single spaces, no line
/// breaks), for the usual ASCII numbering ("12.", "12.3", "IV.", "Article 5:", "(a)"): every
/// section of a large agreement goes through it. Whenever a byte that decides the split is not
/// ASCII (a lead word such as "Artículo", a dash, a digit of another script) the heading goes to
/// ``HeadingNumber/split(_:)`` itself, so the result is always the same as its.
enum HeadingSplit {
    /// The number and the rest of `heading`.
    static func split(_ heading: String) -> (number: String?, text: String) {
        var heading = heading
        let found = heading.withUTF8 { bytes -> Found? in ascii(bytes) }
        guard let found else { return HeadingNumber.split(heading) }
        switch found {
        case .plain:
            return (nil, heading)
        case .number(let lead, let number, let rest):
            let whole = heading
            func piece(_ range: Range<Int>) -> String {
                whole.utf8.withContiguousStorageIfAvailable {
                    String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
                } ?? String(decoding: Array(whole.utf8)[range], as: UTF8.self)
            }
            let text = rest.isEmpty ? whole : piece(rest)
            guard let lead else { return (piece(number), text) }
            return (piece(lead) + " " + piece(number), text)
        }
    }

    private enum Found {
        /// No leading number: the heading is all text.
        case plain
        /// A number (after a lead word such as "Article" when there is one) and the rest.
        case number(lead: Range<Int>?, number: Range<Int>, rest: Range<Int>)
    }

    /// Lead words, lowercased ASCII (the non-ASCII ones of ``HeadingNumber`` go to it).
    private static let leads: [[UInt8]] = ["article", "section", "clause", "annex", "article.", "art."].map {
        Array($0.utf8)
    }

    /// The split when every byte that decides it is ASCII; `nil` to leave it to ``HeadingNumber``.
    private static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        let count = bytes.count
        guard let first = bytes.first, let last = bytes.last, isPrintableASCII(first), isPrintableASCII(last)
        else { return nil }
        // The first two words and where the rest starts (single spaces, as tidied; else leave it).
        let firstEnd = bytes.firstIndex(of: 0x20) ?? count
        var secondEnd = count
        if firstEnd < count {
            guard bytes[firstEnd + 1] != 0x20 else { return nil }
            secondEnd = bytes[(firstEnd + 1)...].firstIndex(of: 0x20) ?? count
            guard secondEnd == count || bytes[secondEnd + 1] != 0x20 else { return nil }
        }
        let firstWord = 0..<firstEnd
        guard bytes[firstWord].allSatisfy({ $0 < 0x80 }) else { return nil }
        var lead: Range<Int>?
        var word = firstWord
        var rest = firstEnd < count ? (firstEnd + 1)..<count : count..<count
        if firstEnd < count, firstEnd <= 9, isLead(bytes[firstWord]) {
            lead = firstWord
            word = (firstEnd + 1)..<secondEnd
            rest = secondEnd < count ? (secondEnd + 1)..<count : count..<count
            guard bytes[word].allSatisfy({ $0 < 0x80 }) else { return nil }
        }
        // The number without closing punctuation, then without parentheses, at either end.
        var start = word.lowerBound
        var end = word.upperBound
        while start < end, isClosing(bytes[start]) { start += 1 }
        while start < end, isClosing(bytes[end - 1]) { end -= 1 }
        while start < end, bytes[start] == 0x28 { start += 1 }
        while start < end, bytes[end - 1] == 0x28 { end -= 1 }
        let punctuated =
            lead != nil || bytes[word.upperBound - 1] == 0x2E || bytes[word.upperBound - 1] == 0x29
            || bytes[word.lowerBound] == 0x28
        guard isNumber(bytes[start..<end], punctuated: punctuated) else { return .plain }
        return .number(lead: lead, number: start..<end, rest: rest)
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// `.`, `:`, `)` and `-` (the en dash of ``HeadingNumber`` is not ASCII).
    private static func isClosing(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x3A || byte == 0x29 || byte == 0x2D
    }

    private static func isLead(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        leads.contains { lead in
            lead.count == word.count && zip(lead, word).allSatisfy { $0 == lowercased($1) }
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// "12", "12.3"; a roman numeral or a single letter when punctuated ("IV.", "(a)").
    private static func isNumber(_ word: Slice<UnsafeBufferPointer<UInt8>>, punctuated: Bool) -> Bool {
        guard let first = word.first, word.count <= 12 else { return false }
        if isDigit(first), word.allSatisfy({ isDigit($0) || $0 == 0x2E }) { return true }
        guard punctuated else { return false }
        if word.count <= 6, word.allSatisfy({ "ivxlcdm".utf8.contains(lowercased($0)) }) { return true }
        return word.count == 1 && (0x61...0x7A).contains(lowercased(first))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
