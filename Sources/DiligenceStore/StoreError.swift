public import DiligenceCore

/// Why a store operation did not happen. Nothing was written in any of these cases.
///
/// Data only (the subject, the field, the values involved): each front end words it for its users,
/// so no front end's syntax (a CLI flag, a command) lives in the store.
public enum StoreError: Error, Sendable {
    /// The engine refused the event.
    case rejected(subject: String, event: String, Rejection)
    /// No record with this id.
    case unknownSubject(String, suggestion: String?)
    /// A value an event carries does not fit the workflow.
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
    /// A value given is not valid: the input it concerns, what is wrong with it, and the values
    /// involved by name (lists joined with ", "), for each front end to word.
    case invalidInput(field: InputField, problem: InputProblem, values: [String: String])
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
    /// An agreement event that changes the record was sent bare, without its change.
    case agreementCommandRequired(subject: String, event: String)
    /// An event that changes an assessment or training record (of `kind`) was sent bare, without
    /// its change; `partner` is a training record's partner.
    case recordCommandRequired(subject: String, event: String, kind: String, partner: String?)
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

    /// An answer copied from an earlier assessment (`source`) no longer fits the questionnaire.
    case copiedAnswerUnfit(source: String, question: String, AssessmentChangeError)
    /// An exported assessment offered for acceptance cannot be accepted.
    case documentRefused(AssessmentExportError)

    /// An account change does not fit the accounts as they stand.
    case account(AccountProblem)
}
