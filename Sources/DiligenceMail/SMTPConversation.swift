import NIOCore

/// The commands and replies of one SMTP connection.
struct SMTPConversation {
    var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let channel: any Channel

    /// Reads the next reply.
    mutating func reply() async throws -> SMTPReply {
        try await SMTPReply.read(&lines)
    }

    /// Sends one command line and reads its reply.
    mutating func command(_ line: String) async throws -> SMTPReply {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        return try await reply()
    }

    /// Refuses a reply that is not positive: a 5xx is permanent, anything else transient.
    func expect(_ reply: SMTPReply, _ step: String) throws {
        guard reply.isPositive else { throw Self.failure(reply, step) }
    }

    /// EHLO; the extensions the server offers.
    mutating func hello(_ name: String) async throws -> [String] {
        let reply = try await command("EHLO " + name)
        try expect(reply, "EHLO")
        return Array(reply.lines.dropFirst())
    }

    /// One message: MAIL FROM, RCPT TO, DATA. A refusal of the message is returned (the
    /// connection goes on with the next one after RSET); a broken connection is thrown.
    mutating func transaction(_ message: MailEnvelope, from: String) async throws -> SMTPFailure? {
        for (line, step) in [
            ("MAIL FROM:<\(from)>", "the sender"), ("RCPT TO:<\(message.to)>", "the recipient"),
        ] {
            let reply = try await command(line)
            if !reply.isPositive {
                _ = try await command("RSET")
                return Self.failure(reply, step)
            }
        }
        let ready = try await command("DATA")
        guard ready.code == 354 else {
            _ = try await command("RSET")
            return Self.failure(ready, "DATA")
        }
        try await outbound.write(ByteBuffer(string: message.rendered(from: from) + ".\r\n"))
        let accepted = try await reply()
        return accepted.isPositive ? nil : Self.failure(accepted, "the message")
    }

    static func failure(_ reply: SMTPReply, _ step: String) -> SMTPFailure {
        SMTPFailure(
            isPermanent: (500..<600).contains(reply.code),
            message: "the SMTP server refused \(step): \(reply.text)")
    }
}
