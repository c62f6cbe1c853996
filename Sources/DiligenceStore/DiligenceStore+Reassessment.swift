public import DiligenceCore
public import Foundation

/// Whether a new assessment starts from the answers of an earlier one.
public enum AssessmentCopy: Hashable, Sendable {
    /// It starts empty.
    case none
    /// It copies the answers and evidence references of this assessment (`--copy-from A-0001`).
    case from(String)
    /// It copies those of the partner's most recent final assessment (`--copy-previous`).
    case previous
}

/// An earlier final assessment a re-assessment may start from.
public struct ReusableAssessment: Hashable, Sendable {
    /// Its id.
    public var id: String
    /// The day its determination became final.
    public var finalOn: LocalDate
    /// The last day its answers may be copied (the re-use window's end, inclusive).
    public var reusableUntil: LocalDate
}

extension DiligenceStore {
    /// The partner's most recent final assessment on the same questionnaire and version whose
    /// answers a new assessment against `questionnaireID` may copy at `now`, if there is one.
    public func reusableAssessment(
        partner: String, questionnaire questionnaireID: String, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> ReusableAssessment? {
        guard let questionnaire = definitions.questionnaires[questionnaireID] else { return nil }
        return try read { db in
            guard let (id, record) = try Self.lastFinal(partner: partner, db: db),
                record.questionnaire.id == questionnaire.id,
                record.questionnaire.version == questionnaire.version,
                let final = record.final
            else { return nil }
            let until = Self.reuseEnd(final, questionnaire: questionnaire)
            guard LocalDate(now) <= until else { return nil }
            return ReusableAssessment(id: id, finalOn: final.on, reusableUntil: until)
        }
    }

    /// The last day a final determination's answers may be copied under `questionnaire`'s re-use window.
    static func reuseEnd(_ final: RecordedDetermination, questionnaire: Questionnaire) -> LocalDate {
        LocalDate(
            daysSinceEpoch: LocalDate(questionnaire.timeRules.reuseWindow.after(final.at)).daysSinceEpoch - 1)
    }

    /// The partner's assessment with the most recent final determination, with its record.
    static func lastFinal(partner: String, db: any StoreConnection) throws -> (String, AssessmentRecord)? {
        try AssessmentRows.records(partner: partner, db: db)
            .filter { $0.record.final != nil }
            .max { ($0.record.final!.at, $0.id) < ($1.record.final!.at, $1.id) }
            .map { ($0.id, $0.record) }
    }

    /// The assessment `copy` names, checked: the same partner, a final determination within the
    /// re-use window, the same questionnaire and version. `nil` for `.none`.
    static func copySource(
        _ copy: AssessmentCopy, partner: String, questionnaire: Questionnaire, now: Date,
        db: any StoreConnection
    ) throws -> (id: String, record: AssessmentRecord)? {
        let source: (String, AssessmentRecord)
        switch copy {
        case .none:
            return nil
        case .previous:
            guard let last = try lastFinal(partner: partner, db: db) else {
                throw StoreError.invalidInput(
                    field: .copySource, problem: .missing, values: ["source": "previous", "partner": partner])
            }
            source = last
        case .from(let id):
            guard let record = try AssessmentRows.record(id, db: db) else {
                let known = try db.values(
                    String.self, "SELECT subject FROM record WHERE kind = ? ORDER BY subject",
                    [AssessmentRows.kind])
                var values = ["source": "from", "value": id]
                values["suggestion"] = Suggestion.closest(to: id, among: known)
                throw StoreError.invalidInput(field: .copySource, problem: .unknown, values: values)
            }
            guard record.partner == partner else {
                throw StoreError.invalidInput(
                    field: .copySource, problem: .mismatch,
                    values: ["source": "from", "value": id, "partner": partner, "assessed": record.partner])
            }
            source = (id, record)
        }
        let (id, record) = source
        let from = if case .previous = copy { "previous" } else { "from" }
        guard let final = record.final else {
            throw StoreError.invalidInput(
                field: .copySource, problem: .notFinal, values: ["source": from, "value": id])
        }
        guard record.questionnaire.id == questionnaire.id,
            record.questionnaire.version == questionnaire.version
        else {
            throw StoreError.invalidInput(
                field: .copySource, problem: .mismatch,
                values: [
                    "source": from, "value": id,
                    "answered": "\(record.questionnaire.id) v\(record.questionnaire.version)",
                    "questionnaire": "\(questionnaire.id) v\(questionnaire.version)",
                ])
        }
        let until = reuseEnd(final, questionnaire: questionnaire)
        guard LocalDate(now) <= until else {
            throw StoreError.invalidInput(
                field: .copySource, problem: .expired,
                values: [
                    "source": from, "value": id, "final": "\(final.on)", "questionnaire": questionnaire.id,
                    "window": "\(questionnaire.timeRules.reuseWindow)", "until": "\(until)",
                ])
        }
        return (id, record)
    }

    /// `record` with the answers and evidence references of `source`, each checked against
    /// `questionnaire` (a file edited without a new version may no longer take one).
    static func copying(
        _ source: (id: String, record: AssessmentRecord), into record: AssessmentRecord,
        questionnaire: Questionnaire
    ) throws -> AssessmentRecord {
        var copied = record
        copied.copiedFrom = source.id
        for (question, answer) in questionnaire.inQuestionOrder(source.record.answers) {
            switch Result(catching: { () throws(AssessmentChangeError) in
                try copied.applying(.answer(question: question, answer: answer), questionnaire: questionnaire)
            }) {
            case .success(let next): copied = next
            case .failure(let error):
                throw StoreError.copiedAnswerUnfit(source: source.id, question: question, error)
            }
        }
        return copied
    }
}
