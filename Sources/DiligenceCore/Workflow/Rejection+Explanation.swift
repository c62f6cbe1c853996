/// The wording of rejections, for the person who sent the event.
extension Rejection {
    /// One or more sentences saying why the event was refused and what would be accepted.
    public var explanation: String {
        switch self {
        case .instanceComplete(let finalStates):
            return
                "this record has finished its workflow (in \(Self.list(finalStates))); it accepts no more events"
        case .unknownEvent(let event, let known):
            var text = "\"\(event)\" is not an event of this workflow"
            if let suggestion = Suggestion.closest(to: event, among: known) {
                text += "; did you mean \"\(suggestion)\"?"
            }
            return text
        case .notAccepted(let event, let states, let accepted):
            let now =
                accepted.isEmpty
                ? "it accepts no events now" : "it accepts: \(accepted.joined(separator: ", "))"
            return "\"\(event)\" is not accepted while the record is in \(Self.list(states)); \(now)"
        case .roleNotAllowed(let event, let role, let allowed):
            return
                "the role \(role) may not send \"\(event)\" here; it needs the role \(Self.list(allowed, or: true))"
        case .fieldNotAccepted(let event, let field, let accepted):
            let fields =
                accepted.isEmpty ? "it takes no fields" : "it takes \(accepted.joined(separator: ", "))"
            return "\"\(event)\" does not take the field \(field); \(fields)"
        case .missingData(let event, let fields):
            return "\"\(event)\" needs \(Self.list(fields)): give a value for \(fields[0])"
        case .guardFailed(let event, let failures):
            let parts = failures.map { failure -> String in
                let values = failure.values.map { "\($0.path) = \($0.value?.display ?? "(not set)")" }
                let seen = values.isEmpty ? "" : " (" + values.joined(separator: ", ") + ")"
                let target = failure.target.map { " to \($0)" } ?? ""
                return "the condition for \"\(event)\"\(target), \(failure.guardSource), is not met\(seen)"
            }
            return parts.joined(separator: "; ")
        case .runaway(let event, let state):
            return
                "after \"\(event)\" the workflow kept moving on its own around \"\(state)\"; the workflow file needs a fix (its done transitions loop)"
        }
    }

    static func list(_ items: [String], or: Bool = false) -> String {
        switch items.count {
        case 0: return "(none)"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + items.last!
        }
    }
}
