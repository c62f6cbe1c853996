import DiligenceApp
import DiligenceCore
import DiligenceStore

/// The web's wording of the application layer's and the engine's refusals: plain sentences for
/// a page, with no command-line syntax.
enum WebMessages {
    /// A refusal of the engine when an event was sent: a title and the lines that explain it.
    static func refusal(_ error: StoreError) -> (title: String, lines: [String])? {
        switch error {
        case .rejected(_, let event, let rejection):
            return ("\(RoleNames.sentence(event)) was refused", lines(rejection))
        case .locked(_, let event, _, let flags, _):
            return (
                "\(RoleNames.sentence(event)) was refused",
                ["A red flag locks this partner:"] + flags.map { "\($0.id) (\($0.category)): \($0.reason)" }
                    + ["Resolve or invalidate the flag first."]
            )
        case .badEventData(_, let problem):
            return ("The event could not be sent", [problem.explanation])
        case .recordCommandRequired(_, let event, let kind, _):
            return ("\(RoleNames.sentence(event)) is done on its \(kind)", ["Open the \(kind) to do it."])
        case .conflict:
            return ("Someone changed this record at the same time", ["Look at it again and retry."])
        default:
            return nil
        }
    }

    static func lines(_ rejection: Rejection) -> [String] {
        switch rejection {
        case .instanceComplete:
            return ["This record's lifecycle has ended; nothing more can happen to it."]
        case .unknownEvent(let event, _):
            return ["\(RoleNames.sentence(event)) is not a step of this lifecycle."]
        case .notAccepted(let event, let states, _):
            return [
                "\(RoleNames.sentence(event)) cannot happen now: the record is at \(states.map(RoleNames.sentence).joined(separator: ", "))."
            ]
        case .roleNotAllowed(_, let role, let allowed):
            return [
                "As \(RoleNames.name(role)) you may not do this; it is for \(allowed.map(RoleNames.name).joined(separator: ", "))."
            ]
        case .fieldNotAccepted(_, let field, _):
            return ["\(RoleNames.sentence(field)) is not asked for by this step."]
        case .missingData(_, let fields):
            return ["Give \(fields.map(RoleNames.sentence).joined(separator: ", "))."]
        case .guardFailed(_, let failures):
            return failures.map { failure in
                let read = failure.values.map { reading in
                    "\(RoleNames.sentence(reading.path)) is \(reading.value.map { "\($0)" } ?? "not set")"
                }
                return "The rule \(failure.guardSource) is not met"
                    + (read.isEmpty ? "." : ": " + read.joined(separator: ", ") + ".")
            }
        case .runaway:
            return ["The lifecycle's definition loops on this step; tell the administrator."]
        }
    }

    /// A sign-in refusal, beside the field it concerns.
    static func signIn(_ error: DiligenceError) -> FieldError {
        switch error.code {
        case .signInThrottled:
            let seconds = Int(error.values["seconds"] ?? "") ?? 1
            let wait =
                seconds >= 120
                ? "\((seconds + 59) / 60) minutes" : seconds == 1 ? "1 second" : "\(seconds) seconds"
            return FieldError(
                field: "password", message: "Too many failed tries. Wait \(wait), then try again.")
        case .accountDisabled:
            return FieldError(
                field: "account", message: "This account is disabled. Ask your diligence administrator.")
        default:
            return FieldError(
                field: "password",
                message: "The account name or the password is not right. Check both and try again.")
        }
    }

    /// A new password's refusal.
    static func password(_ error: DiligenceError) -> FieldError {
        let minimum = error.values["minimum"] ?? "10"
        switch (error.code, error.values["problem"]) {
        case (.passwordMismatch, _):
            return FieldError(field: "current", message: "Your current password is not right.")
        case (_, "too-short"):
            return FieldError(
                field: "new", message: "Your new password must have at least \(minimum) characters.")
        case (_, "too-long"):
            return FieldError(
                field: "new",
                message: "Your new password is too long: use at most 72 bytes (about 70 letters).")
        case (_, "is-account-name"):
            return FieldError(field: "new", message: "Your new password must not contain your account name.")
        case (_, "unchanged"):
            return FieldError(field: "new", message: "Your new password must differ from the current one.")
        default:
            return FieldError(field: "new", message: "This password cannot be used.")
        }
    }
}
