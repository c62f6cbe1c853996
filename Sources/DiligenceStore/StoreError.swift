public import DiligenceCore

/// Why a store operation did not happen. Nothing was written in any of these cases.
public enum StoreError: Error, Sendable {
    /// The engine refused the event.
    case rejected(subject: String, event: String, Rejection)
    /// No record with this id.
    case unknownSubject(String, suggestion: String?)
    /// An event's `--set` value does not fit the workflow.
    case badEventData(subject: String, EventDataError)
    /// The record's workflow is not among the loaded definitions.
    case workflowMissing(subject: String, workflow: String)
    /// The workflow file changed in a way the running record cannot follow.
    case definitionIncompatible(
        subject: String, workflow: String, file: String, started: String, current: String, SnapshotMismatch)
    /// Another process changed the record at the same moment; the command can be repeated.
    case conflict(subject: String)
    /// The database file does not exist (and the command only reads).
    case databaseMissing(path: String)
    /// The file is not a diligence database, or is damaged.
    case databaseUnreadable(path: String, reason: String)
    /// The database is busy beyond the wait limit.
    case databaseBusy(path: String)
    /// A value given on the command line is not valid (a partner type, a country code).
    case invalidInput(field: String, message: String)
    /// No questionnaire with this id among the loaded definitions.
    case unknownQuestionnaire(String, suggestion: String?, known: [String])
    /// The change an event carries does not fit the assessment's questionnaire.
    case badChange(subject: String, AssessmentChangeError)
    /// The questionnaire an assessment is pinned to is missing or its file changed since it started.
    case questionnaireChanged(subject: String, questionnaire: String, pinned: String, current: String?)
    /// The record is not an assessment (an assessment command named a partner, for example).
    case notAnAssessment(String)
    /// The engine refused the event while valid red flags lock the partner (the subject itself,
    /// or the partner of an agreement), and the refusing conditions read them; names the flags.
    case locked(subject: String, event: String, partner: String, flags: [PartnerRedFlag], Rejection)
    /// The stored data is inconsistent (found while reading; `audit verify` gives detail).
    case corrupted(String)
    /// The record is not an agreement (an agreement command named a partner, for example).
    case notAnAgreement(String)
    /// The change does not fit the agreement (an unknown clause, a waiver without a reason).
    case badAgreementChange(subject: String, AgreementChangeError)
    /// The definitions hold no clause catalogue (`Assessments/agreement-clauses.yaml`).
    case clauseCatalogueMissing
    /// An agreement event that changes the record was sent without its change (`diligence send`).
    case agreementCommandRequired(subject: String, event: String)
    /// An event that changes an assessment or training record was sent without its change
    /// (`diligence send`); `command` is the one to use (after `diligence `).
    case recordCommandRequired(subject: String, event: String, command: String)
    /// The record is not an allegation case.
    case notAnAllegation(String)
    /// A value given for an allegation is not valid.
    case badAllegation(AllegationInputError)
    /// The role may not read restricted allegation fields.
    case restrictedRefused(role: String, readers: [String])
    /// The role may not read allegation cases at all (only aggregate figures).
    case caseRefused(role: String, readers: [String])
    /// The key file that seals restricted allegation fields is missing.
    case keyMissing(path: String)
    /// The key file cannot be used.
    case keyUnreadable(path: String, reason: String)
    /// The key does not open a case's restricted fields (another key, or damaged values).
    case restrictedUnopenable(subject: String, key: String)
    /// A person resolved or invalidated a flag a risk rule raised while the rule still holds.
    case ruleStillHolds(
        flag: String, rule: String, condition: String, values: [String], partner: String, event: String)
    /// The user's role sees the cases of its own partners only, and the case's partner is not one.
    case caseOutsideAssignment(subject: String, user: String, role: String, assigners: [String])
    /// The user's role sees the cases of its own partners only, and this partner is not one.
    case partnerOutsideAssignment(partner: String, user: String, role: String, assigners: [String])

    /// An account change does not fit the accounts as they stand.
    case account(AccountProblem)

    /// What went wrong, in one or two sentences for the person at the terminal.
    public var explanation: String {
        switch self {
        case .rejected(let subject, let event, let rejection):
            return "\(subject): \"\(event)\" refused: \(rejection.explanation)"
        case .unknownSubject(let id, let suggestion):
            return "there is no record \"\(id)\""
                + (suggestion.map { "; did you mean \($0)?" }
                    ?? "; `diligence partner list` shows the partners")
        case .badEventData(let subject, let error):
            return "\(subject): \(error.explanation)"
        case .workflowMissing(let subject, let workflow):
            return
                "\(subject) runs the workflow \"\(workflow)\", which is not in the workflows folder any more; restore its file"
        case .definitionIncompatible(
            let subject, let workflow, let file, let started, let current, let mismatch):
            return
                "\(subject) started under an earlier version of \(workflow) (definition \(started.prefix(12))); \(mismatch.explanation) (\(file), now \(current.prefix(12))). Restore the earlier file, or keep the state in the new version, then repeat the command"
        case .conflict(let subject):
            return
                "\(subject) was changed by someone else at the same moment; look at it again (`diligence partner show \(subject)`) and repeat the command if it still applies"
        case .databaseMissing(let path):
            return
                "there is no database at \(path); an administrator creates one with `diligence init --admin NAME` (or give --db PATH; `diligence demo` makes a sample one)"
        case .databaseUnreadable(let path, let reason):
            return "\(path) cannot be used as a diligence database: \(reason)"
        case .databaseBusy(let path):
            return "\(path) stayed locked by another diligence command for too long; try again in a moment"
        case .invalidInput(let field, let message):
            return "\(field): \(message)"
        case .unknownQuestionnaire(let id, let suggestion, let known):
            return "there is no questionnaire \"\(id)\""
                + (suggestion.map { "; did you mean \($0)?" }
                    ?? (known.isEmpty
                        ? "; the assessments folder has none"
                        : "; the questionnaires are " + known.joined(separator: ", ")))
        case .badChange(let subject, let error):
            return "\(subject): \(error.explanation); nothing was recorded"
        case .questionnaireChanged(let subject, let questionnaire, let pinned, let current):
            guard let current else {
                return
                    "\(subject) is pinned to the questionnaire \(questionnaire), which is not in the assessments folder any more; restore its file"
            }
            return
                "\(subject) started under another version of the questionnaire \(questionnaire) (\(pinned.prefix(12)), now \(current.prefix(12))); restore the file it started under to go on with it"
        case .notAnAssessment(let id):
            return "\(id) is not an assessment; `diligence assessment list` shows the assessments"
        case .locked(let subject, let event, let partner, let flags, let rejection) where subject == partner:
            let ids = flags.map(\.id)
            let named =
                (ids.count == 1 ? "the red flag " : "the red flags ")
                + flags.map { "\($0.id) (\($0.category))" }.joined(separator: ", ")
            return
                "\(subject): \"\(event)\" refused: \(subject) is locked by \(named) until headquarters resolves \(ids.count == 1 ? "it" : "them") (`diligence flag show \(ids[0])`); \(rejection.explanation)"
        case .locked(let subject, let event, let partner, let flags, let rejection):
            let named = flags.map(\.description).joined(separator: "; ")
            return
                "\(subject): \"\(event)\" refused: the partner \(partner) has \(flags.count == 1 ? "a valid red flag" : "\(flags.count) valid red flags"), \(named); no agreement can be cleared until \(flags.count == 1 ? "it is" : "they are") resolved (\(rejection.explanation))"
        case .corrupted(let message):
            return "the database is inconsistent: \(message); run `diligence audit verify` for details"
        case .notAnAgreement(let id):
            return "\(id) is not an agreement; `diligence agreement list` shows the agreements"
        case .badAgreementChange(let subject, let error):
            return "\(subject): \(error.explanation); nothing was recorded"
        case .clauseCatalogueMissing:
            return
                "the assessments folder has no clause catalogue (agreement-clauses.yaml), so agreements cannot be read; restore it"
        case .agreementCommandRequired(let subject, let event):
            let command =
                event == "import_version"
                ? "import --agreement \(subject) FILE" : "\(event) \(subject) CLAUSE"
            return
                "\(subject): \"\(event)\" records a decision or a version in the agreement; use `diligence agreement \(command)`"
        case .recordCommandRequired(let subject, let event, let command):
            return
                "\(subject): \"\(event)\" changes the record itself and cannot be sent bare; use `diligence \(command)`"
        case .notAnAllegation(let id):
            return "\(id) is not an allegation case; `diligence allegation list` shows the cases"
        case .badAllegation(let error):
            return error.explanation + "; nothing was recorded"
        case .restrictedRefused(let role, let readers):
            return
                "the role \(role) may not read restricted allegation details; "
                + (readers.isEmpty
                    ? "no role may (Assessments/allegation-confidentiality.yaml)"
                    : "only \(readers.joined(separator: ", ")) may (Assessments/allegation-confidentiality.yaml)")
        case .caseRefused(let role, let readers):
            return
                "the role \(role) sees allegation figures only in aggregate (`diligence allegation list`); cases are open to "
                + (readers.isEmpty ? "no role" : readers.joined(separator: ", "))
        case .keyMissing(let path):
            return
                "the key file \(path) is missing, so restricted allegation details cannot be read or recorded; restore it from your backup, or give --key PATH (or $DILIGENCE_KEY). Commands that do not need restricted details still work"
        case .keyUnreadable(let path, let reason):
            return "the key file \(path) cannot be used: \(reason)"
        case .restrictedUnopenable(let subject, let key):
            return
                "the key file \(key) does not open the restricted details of \(subject): it is not the key they were sealed with (or they are damaged); restore the right key file from your backup"
        case .ruleStillHolds(let flag, let rule, let condition, let values, let partner, let event):
            return
                "\(flag): \"\(event)\" refused: the risk rule \(rule) raised this flag and still holds for \(partner) (\(condition); \(values.joined(separator: ", "))), so it would raise a new flag at once. Change what the rule reads first (record the training, amend the clause, close the case); then the rule resolves its flag itself, or, for a flag people escalated, confirmed or a red one, it can be \(event)d"
        case .caseOutsideAssignment(let subject, let user, let role, let assigners):
            return
                "\(user) is not assigned to the partner of \(subject): a \(role) sees the cases of their own partners only (`diligence partner list --officer \(user)` shows them; \(Self.assigning(assigners)) with `diligence partner assign`)"
        case .partnerOutsideAssignment(let partner, let user, let role, let assigners):
            return
                "\(user) is not assigned to \(partner): a \(role) sees the cases of their own partners only (`diligence partner list --officer \(user)` shows them; \(Self.assigning(assigners)) with `diligence partner assign \(partner) --officer \(user)`)"
        case .account(let problem):
            // The application layer words account problems for each front end.
            return "the account change does not fit the accounts as they stand (\(problem))"
        }
    }

    /// "a manager assigns partners", "a manager or psea_focal_point assigns partners".
    private static func assigning(_ roles: [String]) -> String {
        roles.isEmpty
            ? "no role may assign partners" : "a \(roles.joined(separator: " or ")) assigns partners"
    }
}
