import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A check of a multipart body before MultipartKit reads it: MultipartKit 4.7.1 looks each byte of a
/// header name up in a table of 128 entries, so a byte past ASCII there stops the process on an index
/// out of range. Its parser reads header names only after a delimiter (`--`, the boundary and a line
/// break), up to a blank line; this looks at every such place (more than the parser does, never
/// less). The work is bounded: at most ``MultipartForm/maximumParts`` + 1 delimiters and
/// ``maximumHeaderBytes`` of headers after each, found with `memmem` (linear in the body).
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
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                if lineStart, byte == UInt8(ascii: "\r") { return nil }  // a blank line: the headers end
                if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                    index += 1
                }
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

    /// Where `needle` first occurs in `bytes` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        return needle.withUnsafeBytes { needle -> Int? in
            guard let found = memmem(base + start, bytes.count - start, needle.baseAddress, needle.count)
            else {
                return nil
            }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }
}
