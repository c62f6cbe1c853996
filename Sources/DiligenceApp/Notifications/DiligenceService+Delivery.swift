import DiligenceCore
public import DiligenceMail
import DiligenceStore
public import Foundation

/// What one delivery run did.
public struct DeliveryOutcome: Sendable, Hashable {
    /// Outbox rows written by relaying notifications.
    public var relayed = 0
    /// Messages the SMTP server accepted.
    public var sent = 0
    /// Digests the SMTP server accepted.
    public var digests = 0
    /// Messages to be tried again later.
    public var retrying = 0
    /// Messages refused for good (kept, shown by `diligence notifications`).
    public var failed = 0
    /// Why the server could not be used at all, when it could not.
    public var connectionFailure: String?

    /// An empty outcome.
    public init() {}
}

extension DiligenceService {
    /// The wait before trying a message again after `attempts` failed tries: one minute,
    /// doubling each time, at most six hours.
    public static func retryDelay(afterAttempts attempts: Int) -> TimeInterval {
        min(60 * pow(2, Double(max(0, attempts))), 6 * 3600)
    }

    /// Relays the new notifications, then sends every message due at the clock's now on one
    /// connection. A message accepted is marked sent; one refused for good (5xx) is kept as
    /// failed; any other failure, or a server that cannot be reached, leaves it pending until
    /// ``retryDelay(afterAttempts:)`` on the clock. At least once: a message sent but not yet
    /// marked (the process killed between the two) is sent again with the same Message-ID.
    ///
    /// `time` sends what is due at that time instead of now: not ahead of the clock unless the
    /// database was made for a demonstration or a test (its clock is simulated).
    public func deliverDue(with client: SMTPClient, publicURL: URL, at time: Date? = nil, limit: Int = 100)
        async throws -> DeliveryOutcome
    {
        let real = clock()
        let now = time ?? real
        if now > real, try store.installationSetting("clock") != "simulated" {
            throw DiligenceError(
                .clockAhead, field: .now, ["now": Timestamp.format(now), "real": Timestamp.format(real)])
        }
        var outcome = DeliveryOutcome()
        outcome.relayed = try await relayNotifications(messageDomain: publicURL.host ?? "localhost", at: now)
        let due = try store.dueMessages(at: now, limit: limit)
        let digests = try dueDigests(at: now)
        guard !due.isEmpty || !digests.isEmpty else { return outcome }
        var byID: [String: OutboxMessage] = [:]
        var envelopes = try due.map { message in
            byID[message.messageID] = message
            return NotificationMail.envelope(
                message, partner: try store.partner(ofRecord: message.subject), publicURL: publicURL)
        }
        var digestByID: [String: DigestMail] = [:]
        for digest in digests {
            let envelope = digest.envelope(publicURL: publicURL) { try? store.partner(ofRecord: $0) }
            digestByID[envelope.messageID] = digest
            envelopes.append(envelope)
        }
        var handled = Set<Int>()
        do throws(SMTPFailure) {
            try await client.send(envelopes) { envelope, failure in
                if let digest = digestByID[envelope.messageID] {
                    return try record(digest, failure, now: now, into: &outcome)
                }
                guard let message = byID[envelope.messageID] else { return }
                handled.insert(message.id)
                try record(message, failure, now: now, into: &outcome)
            }
        } catch {
            outcome.connectionFailure = error.message
            for message in due where !handled.contains(message.id) {
                try store.markAttemptFailed(
                    message.id, reason: error.message,
                    retryAt: now.addingTimeInterval(Self.retryDelay(afterAttempts: message.attempts)))
                outcome.retrying += 1
            }
        }
        return outcome
    }

    /// A digest accepted marks its messages sent; refused for good, they are kept as failed;
    /// any other failure leaves them for the next run.
    private func record(
        _ digest: DigestMail, _ failure: SMTPFailure?, now: Date, into outcome: inout DeliveryOutcome
    ) throws {
        guard let failure else {
            try store.markDigestSent(
                digest.messages.map(\.id), account: digest.account, digestAt: digest.digestAt, now: now)
            outcome.digests += 1
            return
        }
        guard failure.isPermanent else {
            outcome.retrying += digest.messages.count
            return
        }
        for message in digest.messages {
            try store.markAttemptFailed(message.id, reason: failure.message, retryAt: nil)
        }
        outcome.failed += digest.messages.count
    }

    private func record(
        _ message: OutboxMessage, _ failure: SMTPFailure?, now: Date, into outcome: inout DeliveryOutcome
    ) throws {
        guard let failure else {
            try store.markSent(message.id, at: now)
            outcome.sent += 1
            return
        }
        if failure.isPermanent {
            try store.markAttemptFailed(message.id, reason: failure.message, retryAt: nil)
            outcome.failed += 1
        } else {
            try store.markAttemptFailed(
                message.id, reason: failure.message,
                retryAt: now.addingTimeInterval(Self.retryDelay(afterAttempts: message.attempts)))
            outcome.retrying += 1
        }
    }
}
