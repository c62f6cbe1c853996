import Yams

extension WorkflowBuilder {
    /// The keys of one reminder.
    static let reminderKeys = ["before", "role", "message"]

    /// `remind:` of a deadline: a list of `{before: 7d, role: a_role, message: text}`.
    mutating func readReminders(_ node: Node) -> [ReminderDefinition] {
        var reminders: [ReminderDefinition] = []
        for item in reader.items(node, what: "the reminders of a deadline") ?? [] {
            if let reminder = readReminder(item) { reminders.append(reminder) }
        }
        return reminders
    }

    private mutating func readReminder(_ node: Node) -> ReminderDefinition? {
        guard let entries = reader.entries(node, what: "a reminder", allowed: Self.reminderKeys) else {
            return nil
        }
        let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let beforeNode = byKey["before"], let roleNode = byKey["role"],
            let messageNode = byKey["message"]
        else {
            reader.error(
                .missingKey,
                "a reminder needs before: (how long before the deadline, 0d when it passes), role: and message:",
                at: node)
            return nil
        }
        guard let text = reader.text(beforeNode, what: "before"),
            let role = reader.name(roleNode, what: "a role"),
            let message = reader.text(messageNode, what: "a message")
        else { return nil }
        guard let before = CalendarDuration(text) else {
            reader.error(
                .invalidValue,
                "before \"\(text)\" is not a duration; write it as 7d, 1d, 6h or ISO-8601 such as P7D (0d: when the deadline passes)",
                at: beforeNode)
            return nil
        }
        guard roles.contains(where: { $0.id == role }) else {
            reader.error(
                .unknownRole,
                "a reminder names the role \"\(role)\", which the workflow does not declare under roles:",
                at: roleNode)
            return nil
        }
        return ReminderDefinition(
            before: before, role: role, message: message, location: reader.location(of: node))
    }
}
