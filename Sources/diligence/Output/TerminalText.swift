/// Text from users and files made safe to show on a terminal: a control character (ESC, OSC, BEL,
/// a carriage return, DEL, the C1 controls, the bidirectional overrides) is shown as `\u{1B}` and
/// so on, never sent as is, so a partner name cannot clear the screen, retitle the window or forge
/// a line of `flag list`. JSON output escapes them already.
enum TerminalText {
    /// `text` with its control characters made visible; line breaks and tabs are kept when
    /// `keepingLineBreaks` (a whole message), made visible otherwise (a table cell, a name);
    /// carriage returns are kept only when `keepingReturns` (CSV's CRLF line ends).
    static func visible(_ text: String, keepingLineBreaks: Bool, keepingReturns: Bool = false) -> String {
        func isShown(_ scalar: Unicode.Scalar) -> Bool {
            isControl(scalar, keepingLineBreaks) && !(keepingReturns && scalar == "\r")
        }
        // Printable ASCII (and kept line breaks) is shown as it is: most text, checked by byte.
        if allBytes(
            of: text,
            {
                (0x20..<0x7F).contains($0) || (keepingLineBreaks && ($0 == 0x0A || $0 == 0x09))
                    || (keepingReturns && $0 == 0x0D)
            })
        {
            return text
        }
        guard text.unicodeScalars.contains(where: isShown) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isShown(scalar) {
                shown.append(
                    contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// How many columns `text` takes on a terminal: a column per character.
    static func width(_ text: String) -> Int {
        allBytes(of: text) { $0 < 0x80 } ? text.utf8.count : text.count
    }

    /// Whether every byte of `text`'s UTF-8 passes `test`, read from its storage where it is
    /// contiguous (a native string), byte by byte otherwise.
    static func allBytes(of text: String, _ test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where !test(byte) { return false }
            return true
        } ?? text.utf8.allSatisfy(test)
    }

    private static func isControl(_ scalar: Unicode.Scalar, _ keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional embeddings, overrides and isolates reorder what is shown.
        case 0x202A...0x202E, 0x2066...0x2069: true
        // Line and paragraph separators break lines on some terminals.
        case 0x2028, 0x2029: true
        default: false
        }
    }
}
