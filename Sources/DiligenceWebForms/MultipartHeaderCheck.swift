import NIOCore

/// A check of a multipart body before MultipartKit reads it: MultipartKit 4.7.1 looks each byte of a
/// header name up in a table of 128 entries, so a byte past ASCII there stops the process on an index
/// out of range. Its parser reads header names only after a delimiter (`--`, the boundary and a line
/// break), up to a blank line; this looks at every such place (more than the parser does, never
/// less). The work is bounded: at most ``MultipartForm/maximumParts`` + 1 delimiters and
/// ``maximumHeaderBytes`` of headers after each, found in one pass over the body (Knuth-Morris-Pratt).
enum MultipartHeaderCheck {
    /// The most bytes of headers a part may have before its blank line.
    static let maximumHeaderBytes = 16 * 1024

    /// Throws when a part's headers have a name with a byte past ASCII, run past
    /// ``maximumHeaderBytes``, or when the body has more delimiters than a form may have parts.
    static func check(_ body: ByteBuffer, boundary: String) throws(MultipartFormError) {
        let delimiter = Array(("--" + boundary + "\r\n").utf8)
        let problem: MultipartFormError? = body.withUnsafeReadableBytes { bytes in
            var part = 0
            var start = 0
            while let found = find(delimiter, in: bytes, from: start) {
                part += 1
                guard part <= MultipartForm.maximumParts + 1 else { return .tooManyParts }
                if let problem = headerProblem(in: bytes, from: found + delimiter.count, part: part) {
                    return problem
                }
                start = found + 1
            }
            return nil
        }
        if let problem { throw problem }
    }

    /// What is wrong with the header lines from `start` up to the first blank line, if anything: a
    /// header name (the bytes of a line before its first colon) with a byte past ASCII, or no blank
    /// line within ``maximumHeaderBytes``.
    private static func headerProblem(in bytes: UnsafeRawBufferPointer, from start: Int, part: Int)
        -> MultipartFormError?
    {
        var inName = true
        var lineStart = true
        var index = start
        while index < bytes.count {
            guard index - start < maximumHeaderBytes else { return .headersTooLong(part: part) }
            let byte = bytes[index]
            index += 1
            // A line ends at a carriage return only, as MultipartKit reads it: a lone line feed
            // is part of a header's value, so the name after it is the next line's.
            if byte == UInt8(ascii: "\r") {
                if lineStart { return nil }  // a blank line: the headers end
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                inName = true
                lineStart = true
                continue
            }
            lineStart = false
            if byte == UInt8(ascii: ":") {
                inName = false
            } else if inName, byte >= 0x80 {
                return .headerNameNotASCII(part: part)
            }
        }
        return nil
    }

    /// Where `needle` first occurs in `bytes` at or after `start`, in time linear in the bytes read.
    private static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard !needle.isEmpty else { return nil }
        // The length of the longest proper prefix of needle[0...i] that is also its suffix.
        var fallback = [Int](repeating: 0, count: needle.count)
        var length = 0
        for index in 1..<max(needle.count, 1) {
            while length > 0, needle[index] != needle[length] { length = fallback[length - 1] }
            if needle[index] == needle[length] { length += 1 }
            fallback[index] = length
        }
        var matched = 0
        var index = start
        while index < bytes.count {
            while matched > 0, bytes[index] != needle[matched] { matched = fallback[matched - 1] }
            if bytes[index] == needle[matched] { matched += 1 }
            if matched == needle.count { return index - needle.count + 1 }
            index += 1
        }
        return nil
    }
}
