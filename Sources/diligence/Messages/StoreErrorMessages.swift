import DiligenceCore
import DiligenceStore

/// The terminal's wording of the store's refusals (``StoreError``): the command line's flags and
/// commands live here, not in the store.
enum StoreErrorMessages {
    /// What went wrong, in one or two sentences for the person at the terminal.
    static func text(_ error: StoreError) -> String {
        switch error {
        case .rejected(let subject, let event, let rejection):
            return "\(subject): \"\(event)\" refused: \(CoreErrorMessages.text(rejection))"
        case .unknownSubject(let id, let suggestion):
            return "there is no record \"\(id)\""
                + (suggestion.map { "; did you mean \($0)?" }
                    ?? "; `diligence partner list` shows the partners")
        case .badEventData(let subject, let error):
            return "\(subject): \(CoreErrorMessages.text(error))"
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
        case .invalidInput(let field, let problem, let values):
            return StoreInputMessages.text(field: field, problem: problem, values: values)
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
                "\(subject): \"\(event)\" refused: \(subject) is locked by \(named) until headquarters resolves \(ids.count == 1 ? "it" : "them") (`diligence flag show \(ids[0])`); \(CoreErrorMessages.text(rejection))"
        case .locked(let subject, let event, let partner, let flags, let rejection):
            let named = flags.map(\.description).joined(separator: "; ")
            return
                "\(subject): \"\(event)\" refused: the partner \(partner) has \(flags.count == 1 ? "a valid red flag" : "\(flags.count) valid red flags"), \(named); no agreement can be cleared until \(flags.count == 1 ? "it is" : "they are") resolved (\(CoreErrorMessages.text(rejection)))"
        case .corrupted(let message):
            return "the database is inconsistent: \(message); run `diligence audit verify` for details"
        case .notAnAgreement(let id):
            return "\(id) is not an agreement; `diligence agreement list` shows the agreements"
        case .badAgreementChange(let subject, let error):
            return "\(subject): \(CoreErrorMessages.text(error)); nothing was recorded"
        case .clauseCatalogueMissing:
            return
                "the assessments folder has no clause catalogue (agreement-clauses.yaml), so agreements cannot be read; restore it"
        case .agreementCommandRequired(let subject, let event):
            let command =
                event == "import_version"
                ? "import --agreement \(subject) FILE" : "\(event) \(subject) CLAUSE"
            return
                "\(subject): \"\(event)\" records a decision or a version in the agreement; use `diligence agreement \(command)`"
        case .recordCommandRequired(let subject, let event, let kind, let partner):
            let command = recordCommand(subject: subject, event: event, kind: kind, partner: partner)
            return
                "\(subject): \"\(event)\" changes the record itself and cannot be sent bare; use `diligence \(command)`"
        case .notAnAllegation(let id):
            return "\(id) is not an allegation case; `diligence allegation list` shows the cases"
        case .badAllegation(let error):
            return CoreErrorMessages.text(error) + "; nothing was recorded"
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
                "\(user) is not assigned to the partner of \(subject): a \(role) sees the cases of their own partners only (`diligence partner list --officer \(user)` shows them; \(assigning(assigners)) with `diligence partner assign`)"
        case .partnerOutsideAssignment(let partner, let user, let role, let assigners):
            return
                "\(user) is not assigned to \(partner): a \(role) sees the cases of their own partners only (`diligence partner list --officer \(user)` shows them; \(assigning(assigners)) with `diligence partner assign \(partner) --officer \(user)`)"
        case .copiedAnswerUnfit(let source, let question, let error):
            return
                "copy: the answer of \(source) to \(question) no longer fits the questionnaire: \(error.explanation); start without copying"
        case .documentRefused(let error):
            return "the document: \(CoreErrorMessages.text(error))"
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

    /// The command that sends an event changing a record (after `diligence `).
    private static func recordCommand(subject: String, event: String, kind: String, partner: String?)
        -> String
    {
        if kind == "training" {
            let partner = partner ?? "PARTNER"
            let command =
                switch event {
                case "record_personnel": "personnel \(partner) --category CATEGORY --count N"
                case "record_training": "record \(partner) --course NAME --date DATE"
                default: "import \(partner) FILE"
                }
            return "training " + command
        }
        let command =
            switch event {
            case "answer": "answer \(subject) QUESTION --value VALUE"
            case "rate": "review \(subject) STANDARD --rating RATING"
            case "add_plan_item": "plan add \(subject) --action TEXT --owner NAME --due DATE"
            default: "plan done \(subject) ITEM --evidence TEXT"
            }
        return "assessment " + command
    }
}
