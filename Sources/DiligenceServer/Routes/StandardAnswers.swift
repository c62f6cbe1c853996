import DiligenceApp
import DiligenceCore
import DiligenceWebForms

/// What a standard's page posts, as the answers to record. The page shows the questions asked
/// when it was drawn; a question the posted answers now hide (the follow-up of a "yes" changed to
/// "no") is left out, as the hidden field of a conditional reveal is, and the store drops its
/// earlier answer. The ticked evidence and the comment go with the first question answered. Only
/// answers that change are kept.
struct StandardAnswers {
    /// The answers to record, in the page's order.
    var rows: [AnswerSheetRow] = []
    /// The questions asked once they are recorded.
    var askedAfter: Set<String>

    /// The answers `form` gives to the questions of `standard` that `page` asked.
    init(form: WebForm, standard: CoreStandard, page: AssessmentPage) {
        let questions = standard.questions.filter { page.asked.contains($0.id) }
        var evidence: [EvidenceReference] = []
        for type in standard.evidence where form.all("evidence").contains(type.id) {
            let description = form["evidence.\(type.id)"].map { String($0.prefix(500)) }
            evidence.append(EvidenceReference(type: type.id, description: description))
        }
        // Uploaded files stay cited: they are changed by their own form.
        let cited = questions.first.flatMap { page.record.answers[$0.id] }?.evidence ?? []
        evidence += cited.filter { $0.description?.hasPrefix("File ") == true }
        let comment = form["comment"].map { String($0.prefix(4000)) }

        var values: [String: String] = [:]
        var after = page.record.answers
        for question in questions {
            guard let value = form[WebApp.field(question)] else { continue }
            values[question.id] = String(value.prefix(4000))
            after[question.id] = Answer(value: String(value.prefix(4000)))
        }
        askedAfter = page.questionnaire.askedQuestionIDs(answers: after)
        var carriesEvidence = true
        for question in questions where askedAfter.contains(question.id) {
            guard let value = values[question.id] else { continue }
            var answer = Answer(value: value)
            if carriesEvidence {
                answer.evidence = evidence
                answer.comment = comment
                carriesEvidence = false
            }
            if page.record.answers[question.id] != answer {
                rows.append(
                    AnswerSheetRow(place: WebApp.field(question), question: question.id, answer: answer))
            }
        }
    }

    /// The field a refused answer is shown beside, and what to do, in the partner's words.
    static func error(_ problem: AssessmentChangeError, standard: CoreStandard) -> FieldError {
        let question = { (id: String) in standard.questions.first { $0.id == id } }
        switch problem {
        case .evidenceDescriptionRequired(let type, let label):
            return FieldError(
                field: "evidence-\(type)-description",
                message: "Say which document you ticked as \u{201C}\(label)\u{201D}")
        case .badAnswer(let id, _, _) where question(id)?.answer == .date:
            return FieldError(
                field: question(id).map(WebApp.field) ?? evidenceField(standard),
                message: "Enter the date as year-month-day, for example 2026-03-31")
        case .badAnswer(let id, _, _), .questionNotAsked(let id, _, _), .tooLong(let id, _):
            return FieldError(
                field: question(id).map(WebApp.field) ?? evidenceField(standard),
                message: WebApp.sentence(problem.explanation))
        default:
            return FieldError(field: evidenceField(standard), message: WebApp.sentence(problem.explanation))
        }
    }

    /// The id of the evidence list's first checkbox, which the error summary links to.
    static func evidenceField(_ standard: CoreStandard) -> String {
        standard.evidence.first.map { "evidence-\($0.id)" } ?? "comment"
    }
}
