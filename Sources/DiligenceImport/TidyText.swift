/// White space tidied on UTF-8 bytes, straight into the one `String` a paragraph or heading
/// becomes: runs of spaces, tabs, carriage returns and no-break spaces collapse to one space,
/// each line is trimmed, empty lines go; single line breaks stay (the matcher joins hyphenated
/// words across them) unless `breaksAsSpaces`, as in a heading.
///
/// Every paragraph of a large agreement goes through here, so it reads bytes once, without
/// `Character`s or Foundation, and writes into the string's own storage (the result is never
/// longer than the input).
enum TidyText {
    /// The tidied text of `bytes` (valid UTF-8, as libxml2 gives it).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, breaksAsSpaces: Bool = false) -> String {
        guard !bytes.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            tidy(bytes, into: output, breaksAsSpaces: breaksAsSpaces)
        }
    }

    /// `text` tidied.
    static func string(_ text: String, breaksAsSpaces: Bool = false) -> String {
        var text = text
        return text.withUTF8 { string($0, breaksAsSpaces: breaksAsSpaces) }
    }

    /// Writes the tidied `input` to `output` (at least as long as `input`); the bytes written.
    private static func tidy(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
        breaksAsSpaces: Bool
    ) -> Int {
        guard let source = input.baseAddress, let target = output.baseAddress else { return 0 }
        let count = input.count
        if isTidy(source, count) {
            target.update(from: source, count: count)
            return count
        }
        var written = 0
        // Whether the current line has text yet, and the separator owed before the next text.
        var lineHasText = false
        var pendingSpace = false
        var pendingBreak = false
        var index = 0
        while index < count {
            let byte = source[index]
            // Most bytes are text: above the space and not the lead byte of a no-break space.
            if byte > 0x20 && byte != 0xC2 || isText(source, index, count) {
                if !lineHasText {
                    if pendingBreak && written > 0 {
                        target[written] = 0x0A
                        written += 1
                    }
                    pendingBreak = false
                    lineHasText = true
                } else if pendingSpace {
                    target[written] = 0x20
                    written += 1
                }
                pendingSpace = false
                target[written] = byte
                written += 1
                index += 1
                continue
            }
            if byte == 0x0A && !breaksAsSpaces {
                pendingBreak = pendingBreak || lineHasText
                lineHasText = false
                pendingSpace = false
                index += 1
                continue
            }
            // Space, tab, carriage return, a line break read as a space, or C2 A0.
            pendingSpace = lineHasText
            index += byte == 0xC2 ? 2 : 1
        }
        return written
    }

    /// True when `count` bytes at `source` are tidy already (most paragraphs are): no control
    /// character (tab, line feed, carriage return...), no C2 byte (a no-break space is C2 A0), no
    /// two spaces in a row, no space at either end. Reads eight bytes at a time; a `false` may be
    /// cautious (a C2 that starts another character), the full tidying then settles it.
    static func isTidy(_ source: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count > 0 else { return true }
        guard source[0] != 0x20, source[count - 1] != 0x20 else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let raw = UnsafeRawPointer(source)
        var index = 0
        // The high bit of byte 0 set when the byte before the word is a space.
        var previousSpace: UInt64 = 0
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Some byte below 0x20, some byte equal to C2 (each exact as a yes or no for the word).
            let control = (word &- ones &* 0x20) & ~word
            let c2 = word ^ (ones &* 0xC2)
            let lead = (c2 &- ones) & ~c2
            // The high bit of each byte that is a space, exactly: two in a row refuse.
            let notSpace = word ^ (ones &* 0x20)
            let spaces = ~(((notSpace & lows) &+ lows) | notSpace) & highs
            if (control | lead) & highs | spaces & ((spaces << 8) | previousSpace) != 0 { return false }
            previousSpace = spaces >> 56
            index += 8
        }
        var afterSpace = previousSpace != 0
        while index < count {
            let byte = source[index]
            if byte < 0x20 || byte == 0xC2 || (byte == 0x20 && afterSpace) { return false }
            afterSpace = byte == 0x20
            index += 1
        }
        return true
    }

    /// True when the byte at `index`, at or below the space or a C2 lead byte, is text after all:
    /// a control character other than tab, line feed and carriage return, or C2 not followed by A0.
    @inline(__always)
    private static func isText(_ source: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Bool {
        switch source[index] {
        case 0x20, 0x09, 0x0A, 0x0D: return false
        case 0xC2: return !(index + 1 < count && source[index + 1] == 0xA0)
        default: return true
        }
    }
}
