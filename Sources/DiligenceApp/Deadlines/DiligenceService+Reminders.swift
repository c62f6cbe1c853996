import DiligenceCore
public import Foundation

extension DiligenceService {
    /// Writes the notice of every reminder come due at `now` and not written yet: a reminder
    /// `before: 7d` of a deadline due on the 10th comes due on the 3rd (`before: 0d` when the
    /// deadline passes); of several come due at once for a role, the nearest the deadline
    /// (``latestDue(_:dueAt:now:)``). The reminders are those the workflow file declares beside the deadline
    /// (`remind:`). Relaying then addresses each notice to the holders of its role for the
    /// record, as a workflow's notification. Returns how many notices it wrote.
    @discardableResult
    public func writeDueReminders(at now: Date) throws -> Int {
        var written = 0
        for deadline in try store.pendingDeadlines(dueBy: .distantFuture) {
            guard let definition = definitions.workflows[deadline.workflow]?.deadline(id: deadline.name)
            else {
                continue
            }
            for reminder in Self.latestDue(definition.reminders, dueAt: deadline.dueAt, now: now) {
                if try store.recordReminder(
                    of: deadline, before: reminder.before.description, role: reminder.role,
                    message: reminder.message, now: now)
                {
                    written += 1
                }
            }
        }
        return written
    }

    /// The reminders to write at `now`: for each role, only the one nearest the deadline among
    /// those come due (a tick that was not run for a while does not say "in 7 days" when the
    /// deadline is tomorrow), and once the deadline has passed, only those for its passing
    /// (`before: 0d`).
    static func latestDue(_ reminders: [ReminderDefinition], dueAt: Date, now: Date) -> [ReminderDefinition] {
        let due = reminders.filter {
            remindAt(dueAt, $0.before) <= now && (now < dueAt || remindAt(dueAt, $0.before) >= dueAt)
        }
        let byRole = Dictionary(grouping: due, by: \.role)
        return byRole.keys.sorted().compactMap { role in
            byRole[role]?.max { remindAt(dueAt, $0.before) < remindAt(dueAt, $1.before) }
        }
    }

    /// When a reminder `before` a deadline due at `due` comes due.
    static func remindAt(_ due: Date, _ before: CalendarDuration) -> Date {
        due.addingTimeInterval(-before.after(due).timeIntervalSince(due))
    }
}
