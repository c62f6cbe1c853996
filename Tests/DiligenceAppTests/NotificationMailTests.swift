import DiligenceCore
import DiligenceMail
import Foundation
import Testing

@testable import DiligenceApp
@testable import DiligenceStore

/// The e-mail of notifications: the digest times, the retry waits, the message as sent, and
/// what a message about an allegation case says.
@Suite struct NotificationMailTests {
    static func time(_ text: String) -> Date { Timestamp.parse(text) ?? Date(timeIntervalSince1970: 0) }

    @Test func aDailyDigestIsDueFromSevenEachDay() {
        #expect(
            DiligenceService.digestTime(.daily, at: Self.time("2027-01-06T08:00:00Z"))
                == Self.time("2027-01-06T07:00:00Z"))
        #expect(
            DiligenceService.digestTime(.daily, at: Self.time("2027-01-06T06:59:00Z"))
                == Self.time("2027-01-05T07:00:00Z"))
    }

    @Test func aWeeklyDigestIsDueFromSevenOnMondays() {
        // 2027-01-04 is a Monday.
        for day in [
            "2027-01-04T07:00:00Z", "2027-01-06T12:00:00Z", "2027-01-10T23:00:00Z", "2027-01-11T06:00:00Z",
        ] {
            #expect(
                DiligenceService.digestTime(.weekly, at: Self.time(day)) == Self.time("2027-01-04T07:00:00Z"))
        }
        #expect(
            DiligenceService.digestTime(.weekly, at: Self.time("2027-01-11T07:00:00Z"))
                == Self.time("2027-01-11T07:00:00Z"))
    }

    @Test func retriesWaitLongerEachTimeUpToSixHours() {
        #expect(DiligenceService.retryDelay(afterAttempts: 0) == 60)
        #expect(DiligenceService.retryDelay(afterAttempts: 1) == 120)
        #expect(DiligenceService.retryDelay(afterAttempts: 3) == 480)
        #expect(DiligenceService.retryDelay(afterAttempts: 30) == 6 * 3600)
    }

    @Test func aMessageIsMultipartAlternativeWithShortCRLFLines() {
        let envelope = MailEnvelope(
            to: "a@example.org", subject: "Évaluation due",
            text: "line one\n.starts with a dot\n" + String(repeating: "x", count: 2000),
            html: "<p>hello</p>", messageID: "notification-1.a@example.org",
            date: Self.time("2027-01-06T08:00:00Z"))
        let rendered = envelope.rendered(from: "diligence@example.org")
        #expect(rendered.contains("Content-Type: multipart/alternative; boundary="))
        #expect(rendered.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(rendered.contains("Content-Type: text/html; charset=utf-8"))
        #expect(rendered.contains("Message-ID: <notification-1.a@example.org>"))
        #expect(rendered.contains("Subject: =?utf-8?B?"))
        #expect(rendered.contains("Date: Wed, 06 Jan 2027 08:00:00 +0000"))
        let lines = rendered.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 998 && !$0.contains("\n") && !$0.hasPrefix(".") })
        #expect(envelope.rendered(from: "diligence@example.org") == rendered, "the same bytes on every try")
    }

    @Test func aMessageAboutACaseNamesItsIdOnly() {
        let message = OutboxMessage(
            id: 1, source: "notification-3", subject: "G-0001", role: "psea_focal_point",
            text: "An allegation was reported to the UN entity after the reporting deadline.",
            notifiedAt: Self.time("2027-01-06T08:00:00Z"), account: "grace.otieno",
            address: "grace@example.org",
            status: .pending, reason: nil, messageID: "notification-3.grace_otieno@example.org", attempts: 0,
            nextAttemptAt: Self.time("2027-01-06T08:00:00Z"), sentAt: nil)
        let url = URL(string: "https://diligence.example.org/")!
        let envelope = NotificationMail.envelope(message, partner: "P-0002", publicURL: url)
        #expect(
            envelope.subject
                == "[G-0001] An allegation was reported to the UN entity after the reporting deadline.")
        #expect(envelope.text.contains("Record: G-0001\n"))
        #expect(!envelope.text.contains("P-0002") && !envelope.html.contains("P-0002"))
        #expect(envelope.text.contains("Open it: https://diligence.example.org/\n"))
        #expect(NotificationMail.path(subject: "A-0001", partner: "P-0002") == "/assessments/A-0001")
        #expect(NotificationMail.path(subject: "F-0003", partner: "P-0002") == "/flags/F-0003")
    }
}

/// Which reminders a tick writes.
@Suite struct ReminderTimingTests {
    static let due = NotificationMailTests.time("2027-03-10T09:00:00Z")
    static let location = SourceLocation(file: "partner-lifecycle.yaml", line: 1, column: 1)

    static func reminder(_ before: String, _ role: String = "partner") -> ReminderDefinition {
        ReminderDefinition(
            before: CalendarDuration(before) ?? .days(0), role: role, message: before, location: location)
    }

    static func written(at time: String) -> [String] {
        let reminders = [reminder("7d"), reminder("1d"), reminder("0d"), reminder("7d", "programme_officer")]
        return DiligenceService.latestDue(reminders, dueAt: due, now: NotificationMailTests.time(time))
            .map { "\($0.role) \($0.message)" }
    }

    @Test func eachComesAtItsTime() {
        #expect(Self.written(at: "2027-03-03T08:59:00Z") == [])
        #expect(Self.written(at: "2027-03-03T09:00:00Z") == ["partner 7d", "programme_officer 7d"])
        #expect(Self.written(at: "2027-03-09T09:00:00Z") == ["partner 1d", "programme_officer 7d"])
    }

    @Test func aLateTickSaysOnlyWhatIsTrueNow() {
        #expect(Self.written(at: "2027-03-09T12:00:00Z").first == "partner 1d")
        #expect(Self.written(at: "2027-03-10T09:00:00Z") == ["partner 0d"])
    }
}
