/// One change to an assessment record, carried by an event of the assessment workflow.
public enum AssessmentChange: Hashable, Sendable {
    /// The partner answers a question (replacing an earlier answer).
    case answer(question: String, answer: Answer)
    /// The UN reviewer rates a standard (`met`, `not_met` or a scale level), with an optional note.
    case rate(standard: String, rating: String, note: String?)
    /// An action item is added to the capacity-strengthening plan.
    case addPlanItem(action: String, owner: String, due: LocalDate)
    /// An action item is completed, with its evidence.
    case completePlanItem(item: String, on: LocalDate, evidence: String)
    /// An open action item went past its due date; the item-overdue event was sent for it.
    case planItemOverdue(item: String)
}

extension AssessmentRecord {
    /// The longest free text kept in an answer, a comment, a note or an action (characters).
    public static let maximumTextLength = 4_000

    /// The record with `change` applied, or why the change does not fit the questionnaire.
    public func applying(
        _ change: AssessmentChange, questionnaire: Questionnaire
    ) throws(AssessmentChangeError) -> AssessmentRecord {
        var record = self
        switch change {
        case .answer(let questionID, let answer):
            guard let question = questionnaire.question(questionID) else {
                throw .unknownQuestion(
                    questionID,
                    suggestion: Suggestion.closest(to: questionID, among: questionnaire.questionIDs))
            }
            if let condition = question.shownWhen, !questionnaire.isAsked(question, answers: answers) {
                throw .questionNotAsked(
                    questionID, condition: condition, current: answers[condition.question]?.value)
            }
            let standard = questionnaire.standards.first { $0.questions.contains { $0.id == questionID } }
            try Self.check(answer.value, for: question, in: questionnaire)
            for reference in answer.evidence {
                guard let type = standard?.evidence.first(where: { $0.id == reference.type }) else {
                    throw .unknownEvidenceType(
                        reference.type, standard: standard?.id ?? "",
                        known: standard?.evidence.map(\.id) ?? [])
                }
                if type.requiresDescription, (reference.description ?? "").allSatisfy(\.isWhitespace) {
                    throw .evidenceDescriptionRequired(type.id, label: type.label)
                }
            }
            try Self.checkLength(answer.comment, what: "the comment")
            record.answers[questionID] = answer
            record.dropAnswersNoLongerAsked(questionnaire)
        case .rate(let standardID, let ratingName, let note):
            guard questionnaire.standard(standardID) != nil else {
                throw .unknownStandard(
                    standardID,
                    suggestion: Suggestion.closest(to: standardID, among: questionnaire.standards.map(\.id)))
            }
            let rating = Self.rating(named: ratingName)
            var ratings = record.ratings
            ratings[standardID] = rating
            do {
                _ = try Scoring.determine(questionnaire, ratings: ratings)
            } catch {
                throw .badRating(error)
            }
            try Self.checkLength(note, what: "the note")
            record.ratings = ratings
            record.reviewNotes[standardID] = note
        case .addPlanItem(let action, let owner, let due):
            guard !action.allSatisfy(\.isWhitespace) else { throw .missing("the action") }
            guard !owner.allSatisfy(\.isWhitespace) else { throw .missing("the owner") }
            try Self.checkLength(action, what: "the action")
            record.planItems.append(
                PlanItem(id: String(planItems.count + 1), action: action, owner: owner, due: due))
        case .completePlanItem(let itemID, let date, let evidence):
            guard let index = planItems.firstIndex(where: { $0.id == itemID }) else {
                throw .unknownPlanItem(itemID, known: planItems.map(\.id))
            }
            guard planItems[index].isOpen else { throw .planItemAlreadyDone(itemID) }
            guard !evidence.allSatisfy(\.isWhitespace) else { throw .missing("the evidence of completion") }
            try Self.checkLength(evidence, what: "the evidence")
            record.planItems[index].completedOn = date
            record.planItems[index].evidence = evidence
        case .planItemOverdue(let itemID):
            guard let index = planItems.firstIndex(where: { $0.id == itemID }) else {
                throw .unknownPlanItem(itemID, known: planItems.map(\.id))
            }
            guard planItems[index].isOpen else { throw .planItemAlreadyDone(itemID) }
            record.planItems[index].overdueReported = true
        }
        return record
    }

    static func rating(named name: String) -> StandardRating {
        switch name {
        case "met": .met
        case "not_met": .notMet
        default: .level(name)
        }
    }

    private static func check(_ value: String, for question: Question, in questionnaire: Questionnaire)
        throws(AssessmentChangeError)
    {
        let allowed: [String]?
        switch question.answer {
        case .yesNo: allowed = ["yes", "no"]
        case .metOrNotMet: allowed = ["met", "not_met"]
        case .rating(let scale): allowed = questionnaire.scale(scale)?.levels.map(\.id) ?? []
        case .date:
            guard LocalDate(value) != nil else {
                throw .badAnswer(question.id, value, expected: "a date as YYYY-MM-DD")
            }
            allowed = nil
        case .text:
            guard !value.allSatisfy(\.isWhitespace) else { throw .missing("the answer") }
            try checkLength(value, what: "the answer")
            allowed = nil
        }
        if let allowed, !allowed.contains(value) {
            throw .badAnswer(question.id, value, expected: "one of " + allowed.joined(separator: ", "))
        }
    }

    private static func checkLength(_ text: String?, what: String) throws(AssessmentChangeError) {
        if let text, text.count > maximumTextLength { throw .tooLong(what, limit: maximumTextLength) }
    }
}

extension AssessmentRecord {
    /// Removes the answers to questions an answer hid (a "no" where a "yes" showed follow-up
    /// questions): the record keeps answers to asked questions only; the log keeps the others.
    mutating func dropAnswersNoLongerAsked(_ questionnaire: Questionnaire) {
        let asked = questionnaire.askedQuestionIDs(answers: answers)
        for question in questionnaire.questionIDs where !asked.contains(question) {
            answers[question] = nil
        }
    }
}

extension Questionnaire {
    /// Every question id, in order.
    public var questionIDs: [String] { standards.flatMap { $0.questions.map(\.id) } }
}
