/// Why the application layer refused a request: a code, the field it concerns and the values
/// involved. No wording: each front end words it for its users (the CLI for a terminal, the
/// server for a form), so no front end's syntax leaks below it.
public struct DiligenceError: Error, Sendable, Hashable {
    /// What kind of refusal this is.
    public var code: Code
    /// The input it concerns (``Field``), when one does.
    public var field: Field?
    /// The values involved, by name (`account`, `role`, `held`), for the wording.
    public var values: [String: String]

    /// Creates an error.
    public init(_ code: Code, field: Field? = nil, _ values: [String: String] = [:]) {
        self.code = code
        self.field = field
        self.values = values
    }

    /// The kind of a refusal. A struct over a private enum, so kinds can be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Kind: String, Hashable, Sendable {
            case noActor = "no-actor"
            case unknownAccount = "unknown-account"
            case accountDisabled = "account-disabled"
            case roleNotHeld = "role-not-held"
            case roleAmbiguous = "role-ambiguous"
            case unknownRole = "unknown-role"
            case systemRole = "system-role"
            case readsNoAllegations = "reads-no-allegations"
            case caseNeedsReader = "case-needs-reader"
            case notAllowed = "not-allowed"
            case noAccounts = "no-accounts"
            case invalidValue = "invalid-value"
            case missingValue = "missing-value"
            case accountConflict = "account-conflict"
            case clockBackwards = "clock-backwards"
            case clockAhead = "clock-ahead"
            case partnerRequired = "partner-required"
            case unknownPartner = "unknown-partner"
            case signInFailed = "sign-in-failed"
            case signInThrottled = "sign-in-throttled"
            case weakPassword = "weak-password"
            case passwordMismatch = "password-mismatch"
            case unknownRecord = "unknown-record"
            case sessionEnded = "session-ended"
            case fileTooLarge = "file-too-large"
            case notText = "not-text"
            case nothingToImport = "nothing-to-import"
        }
        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }
        /// The code with this short name (``description``), if there is one.
        init?(named name: String) {
            guard let kind = Kind(rawValue: name) else { return nil }
            self.kind = kind
        }

        /// Nobody said who is acting.
        public static let noActor = Code(.noActor)
        /// No account has the name given (`account`).
        public static let unknownAccount = Code(.unknownAccount)
        /// The account (`account`) is disabled.
        public static let accountDisabled = Code(.accountDisabled)
        /// The account (`account`) does not hold the role (`role`); `held` lists those it holds.
        public static let roleNotHeld = Code(.roleNotHeld)
        /// The account holds several roles (`held`) and none was named.
        public static let roleAmbiguous = Code(.roleAmbiguous)
        /// The role (`role`) is not declared in the roles file (`known`, `suggestion`).
        public static let unknownRole = Code(.unknownRole)
        /// The role (`role`) reads no allegation data at all.
        public static let readsNoAllegations = Code(.readsNoAllegations)
        /// An allegation case's history (`subject`) was asked for without an account; `readers`
        /// lists the roles that read its case fields.
        public static let caseNeedsReader = Code(.caseNeedsReader)
        /// The engine's own role (`role`) was named; no account acts in it.
        public static let systemRole = Code(.systemRole)
        /// The role (`role`) may not do this (`act`); `allowed` lists the roles that may.
        public static let notAllowed = Code(.notAllowed)
        /// The database has no account yet (`init --admin` or a first administrator comes first).
        public static let noAccounts = Code(.noAccounts)
        /// A value (`value`) is not valid for its field.
        public static let invalidValue = Code(.invalidValue)
        /// A required value is missing.
        public static let missingValue = Code(.missingValue)
        /// The account change does not fit the accounts as they stand (`problem`, `account`, `role`).
        public static let accountConflict = Code(.accountConflict)
        /// A time (`now`) lies before the last event of the log (`last`).
        public static let clockBackwards = Code(.clockBackwards)
        /// A time (`now`) lies ahead of the real clock (`real`) on a database with a real clock.
        public static let clockAhead = Code(.clockAhead)
        /// A partner role needs the partner whose staff the account is.
        public static let partnerRequired = Code(.partnerRequired)
        /// No partner has this id (`partner`).
        public static let unknownPartner = Code(.unknownPartner)

        /// The account name and password do not match an active account (never says which).
        public static let signInFailed = Code(.signInFailed)
        /// Too many failed sign-ins: try again after `seconds`.
        public static let signInThrottled = Code(.signInThrottled)
        /// A new password does not meet the rules (`problem`: `too-short`, `too-long`,
        /// `is-account-name`; `minimum`, `maximum`).
        public static let weakPassword = Code(.weakPassword)
        /// The current password given is not the account's.
        public static let passwordMismatch = Code(.passwordMismatch)
        /// No record this account may see has the id (`id`): a record of another partner is
        /// refused the same way as one that does not exist.
        public static let unknownRecord = Code(.unknownRecord)

        /// A signed-in session may no longer act (`reason`: `password-changed`, `disabled`,
        /// `role-revoked`): sign in again.
        public static let sessionEnded = Code(.sessionEnded)

        /// A file given or uploaded is larger (`size` bytes) than its limit (`limit`).
        public static let fileTooLarge = Code(.fileTooLarge)
        /// A file that must be UTF-8 text is not.
        public static let notText = Code(.notText)
        /// A file has no row that could be recorded; nothing was written.
        public static let nothingToImport = Code(.nothingToImport)

        /// A short stable name, such as `role-not-held`.
        public var description: String { kind.rawValue }
    }

    /// The inputs an error can concern, named for the application, not for any front end.
    public enum Field: String, Sendable, Hashable {
        /// The acting account.
        case actor
        /// The role the actor acts in.
        case actingRole
        /// An account's name.
        case accountName
        /// An account's display name.
        case displayName
        /// An account's e-mail address.
        case email
        /// A role granted, revoked or given to a new account.
        case role
        /// The partner a partner account belongs to.
        case partner
        /// The countries of an account's scope.
        case scope
        /// The time a command acts at (`tick`'s now).
        case now
        /// The status of an allegation case, as a filter.
        case caseStatus
        /// A password typed (never echoed in a value).
        case password
        /// The new password chosen.
        case newPassword
        /// A record's id.
        case record
        /// An uploaded file of evidence.
        case evidenceFile
        /// The type of a piece of evidence.
        case evidenceType
        /// An attendance sheet (CSV) given or uploaded.
        case attendanceSheet
        /// An assessment's answer sheet (CSV or YAML) given or uploaded.
        case answerSheet
        /// A state of a record's workflow, as a filter.
        case recordState
        /// An assessment exported by another UN entity, given or uploaded.
        case assessmentExport
        /// A country code, as a report's filter.
        case country
        /// A kind of partner, as a report's filter.
        case partnerType
        /// A year, as a report's period.
        case year
        /// An uploaded partner agreement.
        case agreementFile
        /// The agreement a new version is imported to.
        case agreement
        /// A job asked for by id.
        case job
    }
}
