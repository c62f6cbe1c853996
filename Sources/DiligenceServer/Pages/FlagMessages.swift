import DiligenceApp
import DiligenceCore
import DiligenceStore

/// The web's wording of the refusals met when a flag is raised or decided: an error beside the
/// field it concerns, or a refusal with its reason.
enum FlagMessages {
    /// What a refusal means on a flag's form: a field error (`field` is the id of the form's
    /// reason field), a refusal shown above the page, or `nil` when it is not a flag refusal.
    enum Outcome {
        case field(FieldError)
        case refusal(title: String, lines: [String])
    }

    static func outcome(_ error: StoreError, reasonField: String, decision: FlagDecision?) -> Outcome? {
        let act = decision.map { RoleNames.sentence($0.event) } ?? "Raise a flag"
        switch error {
        case .invalidInput(.reason, .missing, _):
            return .field(FieldError(field: reasonField, message: "Enter \(wording(decision))"))
        case .invalidInput(.reason, .tooLong, let values):
            return .field(
                FieldError(
                    field: reasonField,
                    message: "The reason must be \(values["limit"] ?? "2000") characters or fewer"))
        case .invalidInput(.level, _, _):
            return .field(FieldError(field: "level", message: "Choose observation, yellow or red"))
        case .invalidInput(.role, let problem, let values)
        where problem == .notPermitted || problem == .unknown:
            let allowed = (values["allowed"] ?? values["known"] ?? "").split(separator: ",").map {
                RoleNames.name($0.trimmingCharacters(in: .whitespaces))
            }
            let role = RoleNames.name(values["role"] ?? values["value"] ?? "")
            return .refusal(
                title: "\(act) was refused",
                lines: [
                    "As \(role) you may not do this"
                        + (allowed.isEmpty ? "." : "; it is for \(allowed.joined(separator: ", ")).")
                ])
        default:
            return WebMessages.refusal(error).map { .refusal(title: $0.title, lines: $0.lines) }
        }
    }

    /// What the reason of a decision is, as the form's label asks for it.
    static func wording(_ decision: FlagDecision?) -> String {
        guard let decision else { return "why you raise the flag" }
        switch decision {
        case .escalate: return "why headquarters should decide"
        case .confirm: return "why headquarters confirms the flag"
        case .defer: return "why headquarters defers the flag to the country office"
        case .invalidate: return "a justification: why the flag was raised in error"
        case .resolve: return "how the risk was addressed"
        case .upgrade: return "why the observation is a risk"
        }
    }

    /// A decision's button.
    static func button(_ decision: FlagDecision) -> String {
        switch decision {
        case .escalate: "Escalate to headquarters"
        case .confirm: "Confirm (red flag)"
        case .defer: "Defer to the country office"
        case .invalidate: "Invalidate"
        case .resolve: "Resolve"
        case .upgrade: "Upgrade to yellow"
        }
    }

    /// A flag's state as a tag: its label and colour.
    static func tag(_ state: String) -> [String: String] {
        let colour =
            switch state {
            case "red": "red"
            case "yellow", "escalated": "yellow"
            case "resolved": "green"
            case "invalidated": "grey"
            default: "blue"
            }
        return ["label": RoleNames.sentence(state), "colour": colour]
    }

    /// Who raised a flag: a rule or a person with their role.
    static func raisedBy(_ flag: FlagEntry) -> String {
        if let rule = flag.rule { return "Risk rule \(rule)" }
        return "\(flag.raisedBy.user), \(RoleNames.name(flag.raisedBy.role))"
    }
}
