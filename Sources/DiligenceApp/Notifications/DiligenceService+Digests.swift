import DiligenceCore
public import DiligenceStore
public import Foundation

extension DiligenceService {
    /// The hour (UTC) digests go out: a daily digest at the first delivery from 07:00 each day,
    /// a weekly one from 07:00 on Mondays.
    static let digestHour = 7

    /// The digest time `now` falls in: 07:00 UTC today (yesterday before 07:00) for a daily
    /// digest; that of the latest Monday for a weekly one.
    public static func digestTime(_ frequency: NotificationFrequency, at now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        var day = calendar.startOfDay(for: now).addingTimeInterval(TimeInterval(digestHour * 3600))
        if day > now { day = day.addingTimeInterval(-86_400) }
        guard frequency == .weekly else { return day }
        // Gregorian weekdays: 1 is Sunday, 2 Monday.
        let back = (calendar.component(.weekday, from: day) + 5) % 7
        return day.addingTimeInterval(-TimeInterval(back) * 86_400)
    }

    /// The digests due at `now`: for each account that chose a digest, whose last digest is
    /// older than the current digest time and which has messages waiting, with its records'
    /// deadlines falling due within a week (a daily digest) or a fortnight (a weekly one).
    func dueDigests(at now: Date) throws -> [DigestMail] {
        var digests: [DigestMail] = []
        for preference in try store.digestPreferences() {
            let digestAt = Self.digestTime(preference.frequency, at: now)
            if let last = preference.lastDigestAt, last >= digestAt { continue }
            let messages = try store.pendingMessages(of: preference.account)
            guard !messages.isEmpty, let account = try store.account(preference.account),
                let address = account.email, account.isActive
            else { continue }
            let window: TimeInterval = preference.frequency == .daily ? 7 * 86_400 : 14 * 86_400
            let due = try store.pendingDeadlines(dueBy: now.addingTimeInterval(window)).filter {
                try $0.dueAt >= now && covers(account, record: $0.subject)
            }
            digests.append(
                DigestMail(
                    account: account.name, address: address, frequency: preference.frequency,
                    digestAt: digestAt, messages: messages, dueSoon: due))
        }
        return digests
    }

    /// Whether `account` is written to about `record`: a record of its own partner, or of a
    /// partner it follows (assigned) or whose country its scope includes. Allegation cases are
    /// left out of digests' deadlines: their reminders come as messages to the roles that may
    /// know of them.
    private func covers(_ account: Account, record: String) throws -> Bool {
        guard !record.hasPrefix(AllegationKind.kind.idPrefix + "-"),
            let partner = try store.partner(ofRecord: record)
        else { return false }
        if let own = account.partner { return own == partner }
        if try store.officers(of: partner).contains(where: { $0.officer == account.name }) { return true }
        return account.covers(country: try store.partner(partner).country)
    }
}
