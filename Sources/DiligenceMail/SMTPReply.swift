/// One reply of the server: its three-digit code and its lines of text.
struct SMTPReply: Sendable {
    var code: Int
    var lines: [String]

    /// The reply as the server wrote it, on one line.
    var text: String { "\(code) " + lines.joined(separator: " ") }
    /// Whether it is a 2xx or 3xx reply.
    var isPositive: Bool { (200..<400).contains(code) }

    /// Reads one reply (a multi-line reply is `250-...` lines ended by `250 ...`).
    static func read<Lines: AsyncIteratorProtocol>(_ lines: inout Lines) async throws -> SMTPReply
    where Lines.Element == String {
        var texts: [String] = []
        while let line = try await lines.next() {
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, let code = Int(String(decoding: bytes[0..<3], as: UTF8.self)) else {
                throw SMTPFailure(isPermanent: false, message: "the server's reply \"\(line)\" is not SMTP")
            }
            texts.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            if bytes.count == 3 || bytes[3] != UInt8(ascii: "-") {
                return SMTPReply(code: code, lines: texts)
            }
        }
        throw SMTPFailure(isPermanent: false, message: "the server closed the connection")
    }
}
