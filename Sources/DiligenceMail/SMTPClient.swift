import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Sends mail to an SMTP server over SwiftNIO: EHLO, STARTTLS when asked, AUTH PLAIN when a
/// user is set, then each message in its own transaction (MAIL FROM, RCPT TO, DATA) on one
/// connection. A 5xx reply is a permanent failure, anything else a transient one.
public struct SMTPClient: Sendable {
    /// The longest reply line taken from the server.
    static let lineLimit = 4096

    /// The settings it sends with.
    public let settings: SMTPSettings

    /// A client for `settings`.
    public init(settings: SMTPSettings) { self.settings = settings }

    /// Sends `messages` on one connection, calling `delivered` after each with its outcome
    /// (`nil` when the server accepted it). A failure of the connection itself (the server
    /// down, a refused greeting or sign-in) is thrown, and no message is counted delivered.
    public func send(
        _ messages: [MailEnvelope], delivered: (MailEnvelope, SMTPFailure?) async throws -> Void
    ) async throws(SMTPFailure) {
        do {
            try await session(messages, delivered: delivered)
        } catch let failure as SMTPFailure {
            throw failure
        } catch is SMTPLineTooLong {
            throw SMTPFailure(
                isPermanent: false,
                message: "the SMTP server sent a line longer than \(Self.lineLimit) bytes")
        } catch {
            throw SMTPFailure(
                isPermanent: false,
                message: "cannot talk to the SMTP server \(settings.host):\(settings.port): \(error)")
        }
    }

    private func session(
        _ messages: [MailEnvelope], delivered: (MailEnvelope, SMTPFailure?) async throws -> Void
    ) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(Int64(settings.timeoutSeconds)))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(SMTPLineDecoder(limit: Self.lineLimit)))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let timeout = channel.channel.eventLoop.scheduleTask(in: .seconds(Int64(settings.timeoutSeconds))) {
            channel.channel.close(promise: nil)
        }
        defer { timeout.cancel() }
        try await channel.executeThenClose { inbound, outbound in
            var conversation = SMTPConversation(
                lines: inbound.makeAsyncIterator(), outbound: outbound, channel: channel.channel)
            try conversation.expect(try await conversation.reply(), "the greeting")
            var extensions = try await conversation.hello(settings.helloName)
            if settings.startTLS {
                guard extensions.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw SMTPFailure(
                        isPermanent: true,
                        message:
                            "the SMTP server \(settings.host) does not offer STARTTLS; set smtp.starttls to false only for a server on this machine"
                    )
                }
                try conversation.expect(try await conversation.command("STARTTLS"), "STARTTLS")
                var tls = TLSConfiguration.makeClientConfiguration()
                if let file = settings.trustedCertificates { tls.trustRoots = .file(file) }
                let context = try NIOSSLContext(configuration: tls)
                let isAddress = settings.host.allSatisfy { $0.isHexDigit || ".:".contains($0) }
                let hostname = isAddress ? nil : settings.host
                try await channel.channel.eventLoop.submit {
                    let handler = try NIOSSLClientHandler(context: context, serverHostname: hostname)
                    try channel.channel.pipeline.syncOperations.addHandler(handler, position: .first)
                }.get()
                extensions = try await conversation.hello(settings.helloName)
            }
            if let user = settings.user {
                let token = Data(("\0" + user + "\0" + (settings.password ?? "")).utf8).base64EncodedString()
                try conversation.expect(try await conversation.command("AUTH PLAIN " + token), "signing in")
            }
            for message in messages {
                let outcome = try await conversation.transaction(message, from: settings.from)
                try await delivered(message, outcome)
            }
            _ = try? await conversation.command("QUIT")
        }
    }
}
