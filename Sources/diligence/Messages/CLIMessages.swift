import ArgumentParser
import DiligenceApp

/// The terminal's wording of the application layer's refusals: the only place that knows the
/// command line's flags.
enum CLIMessages {
    /// One or two sentences for the person at the terminal.
    static func text(_ error: DiligenceError) -> String {
        let values = error.values
        func value(_ key: String) -> String { values[key] ?? "" }
        switch error.code {
        case .noActor:
            return "say who is acting: --as ACCOUNT (or set DILIGENCE_USER)"
        case .noAccounts:
            return
                "there is no account \"\(value("account"))\": this database has no accounts yet; an administrator starts with `diligence init --admin NAME`"
        case .unknownAccount:
            return error.field == .actor
                ? "there is no account \"\(value("account"))\"; an administrator creates it with `diligence user add \(value("account")) --role ROLE`"
                : "there is no account \"\(value("account"))\" (`diligence user list` shows the accounts)"
        case .accountDisabled:
            return
                "the account \(value("account")) is disabled; an administrator can enable it again (`diligence user enable \(value("account"))`)"
        case .roleNotHeld:
            return
                "the account \(value("account")) does not hold the role \(value("role")); it holds \(value("held")) (an administrator grants roles with `diligence user roles \(value("account")) --grant ROLE`)"
        case .roleAmbiguous:
            return
                "the account \(value("account")) holds several roles (\(value("held"))): say which one you act in with --role ROLE"
        case .unknownRole:
            let hint = values["suggestion"].map { "; did you mean \($0)?" } ?? ""
            return
                "\"\(value("role"))\" is not a role declared in the roles file (the roles are \(value("known")))\(hint)"
        case .readsNoAllegations:
            return
                "the role \(value("role")) reads no allegation data (Assessments/allegation-confidentiality.yaml)"
        case .caseNeedsReader:
            return
                "\(value("subject")) is an allegation case: its history is shown to a role that reads its case fields; give --as USER --role ROLE (\(value("readers")))"
        case .systemRole:
            return
                "the role system is the engine's own (deadlines and rules act under it); no account acts in it"
        case .notAllowed where value("act") == "read_portfolio":
            return
                "the role \(value("role")) is held by a partner's own staff, who read their own partner only, not the portfolio-wide reports; \(value("allowed")) may"
        case .notAllowed:
            let act = value("act") == "manage_accounts" ? "manage accounts" : "fire deadlines (tick)"
            return
                "the role \(value("role")) may not \(act); only \(value("allowed")) may (allows: in the roles file)"
        case .partnerRequired:
            return "a partner's account must name its partner: add --partner P-0001"
        case .unknownPartner:
            return "there is no partner \"\(value("partner"))\" (`diligence partner list` shows the partners)"
        case .clockBackwards:
            return
                "--now \(value("now")) is before the newest event of the log (\(value("last"))); the log runs forward in time, so tick cannot act in the past"
        case .clockAhead:
            return
                "--now \(value("now")) is ahead of the clock (\(value("real"))); only a database made for a demonstration or a test (`diligence init --simulated-clock`) may run ahead"
        case .missingValue:
            if value("what") == "first administrator" {
                return
                    "no account exists yet, so the first one must be an administrator: give it --role \(value("allowed")) (or run `diligence init --admin NAME`)"
            }
            if value("what") == "roles file" {
                return "the definitions hold no roles file (Assessments/roles.yaml)"
            }
            return "give at least one role: --role ROLE"
        case .invalidValue:
            return invalid(error)
        case .accountConflict:
            return conflict(error)
        case .fileTooLarge where error.field == .answerSheet:
            return answerSheetTooLarge
        case .notText where error.field == .answerSheet:
            return "is not UTF-8 text"
        case .fileTooLarge:
            return
                "the sheet is \(value("size")) bytes; the limit is \(value("limit")); split it into smaller files"
        case .notText:
            return "is not UTF-8 text; save the sheet as CSV UTF-8"
        case .nothingToImport:
            return "no row could be imported; nothing was written"
        default:
            return "refused: \(error.code)"
        }
    }

    /// An answer sheet over ``DiligenceService/answerSheetLimit``.
    static let answerSheetTooLarge = "is larger than 2 MB; split it into smaller files"

    /// The exit code of a refusal: 2 when the command line itself is incomplete.
    static func exitCode(_ error: DiligenceError) -> ExitCode {
        switch (error.code, error.field) {
        case (.noActor, _), (.roleAmbiguous, _), (.partnerRequired, _), (.caseNeedsReader, _): .usage
        case (.invalidValue, .caseStatus): .usage
        default: .failure
        }
    }

    private static func invalid(_ error: DiligenceError) -> String {
        let values = error.values
        let value = values["value"] ?? ""
        switch (error.field, values["problem"]) {
        case (.recordState, _):
            return "--status: \"\(value)\" is not a state of \(values["workflow"] ?? "")"
                + (values["suggestion"].map { "; did you mean \($0)?" } ?? "; its states are "
                    + (values["states"] ?? ""))
        case (.accountName, _):
            return
                "\"\(value)\" cannot name an account: use 2 to 64 lower-case letters, digits, \".\", \"_\" and \"-\", starting with a letter (such as amina.diallo); \"system\" is kept for the engine"
        case (.displayName, _):
            return "--name must not be blank or hold control characters, and at most 200 characters"
        case (.email, _):
            return "--email \"\(value)\" is not an e-mail address such as amina.diallo@example.org"
        case (.scope, "partner-account"):
            return "a partner's account sees its partner only, so it takes no --scope"
        case (.scope, _):
            return
                "--scope \"\(value)\" is not a country code; give two-letter ISO 3166 codes such as KE or KE,UG"
        case (.caseStatus, _):
            let hint = values["suggestion"].map { "did you mean \($0)? " } ?? ""
            return
                "--status: \"\(value)\" is not a status of a case; \(hint)statuses are \(values["known"] ?? "")"
        case (.partner, _):
            return "--partner is for accounts holding a partner role (held_by: partner in the roles file)"
        case (.role, "partner-mix"):
            return
                "the account \(values["account"] ?? "") would hold \(values["roles"] ?? ""): a partner's role cannot be held with UN staff or administrator roles"
        default:
            return "the value \"\(value)\" is not valid"
        }
    }

    private static func conflict(_ error: DiligenceError) -> String {
        let values = error.values
        let account = values["account"] ?? ""
        switch values["problem"] {
        case "exists": return "an account \(account) exists already; nothing changed"
        case "already-holds":
            return "\(account) holds the role \(values["role"] ?? "") already; nothing changed"
        case "does-not-hold":
            return "\(account) does not hold the role \(values["role"] ?? ""); nothing changed"
        case "already-disabled": return "\(account) is disabled already; nothing changed"
        case "already-active": return "\(account) is active already; nothing changed"
        case "accounts-exist":
            return
                "accounts exist already, so an administrator must act: add --as ACCOUNT (an account that manages accounts)"
        case "last-administrator":
            return
                "refused: after this no active account could manage accounts; grant the role to another account first"
        case "no-role-left":
            return
                "\(account) would hold no role; disable the account instead (`diligence user disable \(account)`)"
        default: return "the account change was refused"
        }
    }
}
