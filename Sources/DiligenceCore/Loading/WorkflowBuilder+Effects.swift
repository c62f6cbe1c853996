import Foundation
import Yams

extension WorkflowBuilder {
    static let effectKinds = ["set", "schedule", "cancel", "raise_flag", "clear_flag", "notify"]

    /// A list of effects, each a one-key mapping such as `set: {field: value}`.
    mutating func readEffects(_ node: Node, what: String) -> [Effect] {
        guard let items = reader.items(node, what: what) else { return [] }
        var effects: [Effect] = []
        for item in items {
            guard let entries = reader.entries(item, what: "an effect", allowed: Self.effectKinds) else {
                continue
            }
            guard entries.count == 1, let entry = entries.first else {
                reader.error(
                    .invalidValue,
                    "each effect is one of \(Self.effectKinds.joined(separator: ", ")); write one per list item",
                    at: item)
                continue
            }
            effects += readEffect(entry.key, entry.value, keyNode: entry.keyNode)
        }
        return effects
    }

    private mutating func readEffect(_ kind: String, _ node: Node, keyNode: Node) -> [Effect] {
        switch kind {
        case "set":
            var result: [Effect] = []
            for entry in reader.entries(node, what: "set") ?? [] {
                guard let field = fields.first(where: { $0.path == entry.key }) else {
                    reader.error(
                        .unknownField, unknownFieldMessage(entry.key, what: "set:"), at: entry.keyNode)
                    continue
                }
                guard !field.isDerived else {
                    reader.error(.invalidValue, derivedFieldMessage(entry.key), at: entry.keyNode)
                    continue
                }
                let id = FieldID(slot: field.slot, path: field.path)
                if reader.isNull(entry.value) {
                    result.append(.set(field: id, value: nil))
                } else if field.type == .date, case .scalar(let scalar) = entry.value,
                    scalar.string == "today"
                {
                    result.append(.setToday(field: id))
                } else if let value = literal(
                    entry.value, as: field.type, what: "the value set for \(field.path)")
                {
                    result.append(.set(field: id, value: value))
                }
            }
            return result
        case "schedule":
            return readDeadline(node, defaultID: nil, owner: nil).map { [.schedule($0)] } ?? []
        case "cancel":
            return reader.name(node, what: "the deadline to cancel").map { [.cancel(deadline: $0)] } ?? []
        case "raise_flag":
            let keys = ["category", "level", "reason"]
            guard let entries = reader.entries(node, what: "raise_flag", allowed: keys) else { return [] }
            let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let categoryNode = byKey["category"], let levelNode = byKey["level"],
                let reasonNode = byKey["reason"]
            else {
                reader.error(.missingKey, "raise_flag needs category, level and reason", at: keyNode)
                return []
            }
            let category = flagCategory(categoryNode)
            let level = reader.text(levelNode, what: "a flag level").flatMap { name -> FlagLevel? in
                guard let level = FlagLevel(rawValue: name) else {
                    reader.error(
                        .invalidValue,
                        "\"\(name)\" is not a flag level; use observation, yellow, escalated or red",
                        at: levelNode)
                    return nil
                }
                return level
            }
            let reason = reader.text(reasonNode, what: "a flag reason")
            guard let category, let level, let reason else { return [] }
            return [.raiseFlag(category: category, level: level, reason: reason)]
        case "clear_flag":
            guard let entries = reader.entries(node, what: "clear_flag", allowed: ["category"]),
                let categoryNode = entries.first?.value
            else {
                reader.error(.missingKey, "clear_flag needs the category of the flags to clear", at: keyNode)
                return []
            }
            return flagCategory(categoryNode).map { [.clearFlag(category: $0)] } ?? []
        case "notify":
            guard let entries = reader.entries(node, what: "notify", allowed: ["role", "message"]) else {
                return []
            }
            let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let roleNode = byKey["role"], let messageNode = byKey["message"] else {
                reader.error(.missingKey, "notify needs the role to notify and a message", at: keyNode)
                return []
            }
            guard let role = reader.name(roleNode, what: "a role"),
                let message = reader.text(messageNode, what: "a message")
            else { return [] }
            guard roles.contains(where: { $0.id == role }) else {
                reader.error(
                    .unknownRole,
                    "notify names the role \"\(role)\", which the workflow does not declare under roles:",
                    at: roleNode)
                return []
            }
            return [.notify(role: role, message: message)]
        default:
            return []
        }
    }

    private mutating func flagCategory(_ node: Node) -> FlagCategory? {
        guard let name = reader.text(node, what: "a flag category") else { return nil }
        guard let category = FlagCategory(rawValue: name) else {
            reader.error(
                .invalidValue,
                "\"\(name)\" is not a flag category; use "
                    + FlagCategory.allCases.map(\.rawValue).joined(separator: ", "),
                at: node)
            return nil
        }
        return category
    }

    /// `after:` of a deadline: a duration, or the name of a duration field.
    private mutating func delay(_ node: Node) -> Delay? {
        if let text = node.scalar?.string, let field = fields.first(where: { $0.path == text }) {
            guard field.type == .duration else {
                reader.error(
                    .invalidValue,
                    "after: names the field \"\(text)\", which is a \(field.type) and not a duration",
                    at: node)
                return nil
            }
            return .field(FieldID(slot: field.slot, path: field.path))
        }
        guard let text = reader.text(node, what: "after") else { return nil }
        guard let duration = CalendarDuration(text) else {
            if CalendarDuration.isTooLong(text) {
                reader.error(
                    .invalidValue, "after \"\(text)\" is too long; \(CalendarDuration.maximumWording)",
                    at: node)
                return nil
            }
            var message =
                "after \"\(text)\" is not a duration; write it as 30d, 2w, 12h, 6mo, 5y or ISO-8601 such as P30D, or name a duration field"
            if let suggestion = Suggestion.closest(
                to: text, among: fields.filter { $0.type == .duration }.map(\.path))
            {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            reader.error(.invalidValue, message, at: node)
            return nil
        }
        return .fixed(duration)
    }

    /// `on_day_after:` of a deadline: the name of a date field.
    private mutating func dayAfter(_ node: Node) -> Delay? {
        guard let text = reader.text(node, what: "on_day_after") else { return nil }
        guard let field = fields.first(where: { $0.path == text }) else {
            var message = "on_day_after: names \"\(text)\", which is not a field of the workflow"
            if let suggestion = Suggestion.closest(
                to: text, among: fields.filter { $0.type == .date }.map(\.path))
            {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            reader.error(.unknownReference, message, at: node)
            return nil
        }
        guard field.type == .date else {
            reader.error(
                .invalidValue,
                "on_day_after: names the field \"\(text)\", which is a \(field.type) and not a date",
                at: node)
            return nil
        }
        return .dayAfter(FieldID(slot: field.slot, path: field.path))
    }

    /// A deadline: `{after: 30d, send: event}` or `{on_day_after: a_date_field, send: event}`,
    /// with an optional `id`.
    mutating func readDeadline(_ node: Node, defaultID: String?, owner: String?) -> DeadlineDefinition? {
        guard let entries = reader.entries(node, what: "a deadline", allowed: WorkflowLoader.deadlineKeys)
        else { return nil }
        let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        if byKey["after"] != nil, let dayNode = byKey["on_day_after"] {
            reader.error(
                .invalidValue,
                "a deadline has either after: (how long) or on_day_after: (a date field), not both",
                at: dayNode)
            return nil
        }
        guard let delayNode = byKey["after"] ?? byKey["on_day_after"], let sendNode = byKey["send"] else {
            reader.error(
                .missingKey,
                "a deadline needs after: (how long) or on_day_after: (a date field), and send: (the event it sends)",
                at: node)
            return nil
        }
        let delay = byKey["after"] != nil ? delay(delayNode) : dayAfter(delayNode)
        guard let after = delay,
            let event = reader.name(sendNode, what: "the event a deadline sends")
        else { return nil }
        var id = byKey["id"].flatMap { reader.name($0, what: "a deadline id") }
        if id == nil, let owner { id = owner + "." + event }
        guard let id else {
            reader.error(
                .missingKey, "a scheduled deadline needs an id, so that it can be cancelled", at: node)
            return nil
        }
        return DeadlineDefinition(
            id: id, after: after, event: event, location: reader.location(of: node),
            reminders: byKey["remind"].map { readReminders($0) } ?? [])
    }
}
