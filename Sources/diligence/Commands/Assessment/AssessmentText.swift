import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `assessment show` as text: per standard the partner's answers beside the UN rating, the scoring
/// outcome, the plan with overdue items, and what the workflow accepts next, read from the layer's
/// ``AssessmentDetailView`` (its JSON form) and the questionnaire's questions.
struct AssessmentText {
    var view: AssessmentDetailView
    var entry: AssessmentEntry
    var questionnaire: Questionnaire?
    var today: LocalDate

    /// The scoring outcome of the UN ratings (`nil` without the questionnaire or for a bad rating).
    var outcome: ScoringOutcome? {
        questionnaire.flatMap { try? Scoring.determine($0, ratings: entry.record.ratings) }
    }

    /// The partner's answers to a standard's questions, as `question = value` lines.
    func answers(_ standard: CoreStandard) -> [String] {
        let notAsked = Set(view.notAsked)
        return standard.questions.map { question in
            if let condition = question.shownWhen, notAsked.contains(question.id) {
                return "\(question.id) = (not asked: only when \(condition.phrase))"
            }
            guard let answer = entry.record.answers[question.id] else {
                return "\(question.id) = "
                    + (question.isRequired ? "(not answered)" : "(not answered, optional)")
            }
            var line = "\(question.id) = \(answer.value)"
            if !answer.evidence.isEmpty {
                line +=
                    " [evidence: "
                    + answer.evidence.map { $0.type + ($0.description.map { ": \($0)" } ?? "") }.joined(
                        separator: "; ") + "]"
            }
            return line
        }
    }

    var lines: [String] {
        let record = entry.record
        var lines = [
            "\(entry.id)  assessment of \(record.partner) against \(record.questionnaire.id) v\(record.questionnaire.version) (\(record.questionnaire.hash.prefix(12)))",
            "standing    \(view.standing)",
        ]
        if let origin = record.acceptedFrom {
            lines.append(
                "accepted    from \(origin.entity) (its \(origin.assessment), document \(origin.documentHash.prefix(12)))"
            )
        }
        if let source = record.copiedFrom {
            lines.append("copied      answers and evidence references from \(source)")
        }
        if let preliminary = record.preliminary {
            lines.append(
                "preliminary \(preliminary.capacity.phrase) on \(preliminary.on); plan due \(preliminary.periodEndsOn)"
                    + (record.isPlanOverdue(today: today) ? " (OVERDUE)" : ""))
        }
        if let final = record.final {
            lines.append(
                "final       \(final.capacity.phrase) on \(final.on); valid until \(final.periodEndsOn) (exclusive)"
            )
        }
        if let reason = record.countryLevelReason {
            lines.append(
                "country     an international NGO assessed at country level: \(reason.phrase) (\(reason.rawValue))"
            )
        }
        if let questionnaire {
            var table = Table("STANDARD", "PARTNER'S ANSWERS", "UN RATING")
            for standard in questionnaire.standards {
                let answers = self.answers(standard)
                var rating = record.ratings[standard.id]?.name ?? "(not rated)"
                if let note = record.reviewNotes[standard.id] { rating += " (\(note))" }
                table.add(standard.id, answers.first ?? "", rating)
                for more in answers.dropFirst() { table.add("", more, "") }
            }
            lines.append("")
            lines.append(table.text)
            lines.append("")
        } else {
            lines.append(
                "questionnaire \(record.questionnaire.id) (this version) is neither in the assessments folder nor in the database; answers and ratings are in --json"
            )
        }
        if let outcome {
            if let determination = outcome.determination {
                lines.append(
                    "rating      \(determination.capacity.phrase) (\(determination.risk.rawValue) risk): \(outcome.explanation)"
                )
            } else {
                lines.append("rating      none yet: \(outcome.explanation)")
            }
        }
        if view.plan.isEmpty {
            lines.append("plan        no action items")
        } else {
            var table = Table("ITEM", "ACTION", "OWNER", "DUE", "STATUS")
            for item in view.plan {
                let status =
                    item.completedOn.map { "done \($0)" + (item.evidence.map { ": \($0)" } ?? "") }
                    ?? (item.overdue ? "OVERDUE" : "open")
                table.add(item.id, item.action, item.owner, item.due, status)
            }
            lines.append("plan")
            lines.append(table.text)
        }
        let next = view.accepts.map { event -> String in
            var line = event.event
            if !event.roles.isEmpty { line += " (" + event.roles.joined(separator: ", ") + ")" }
            if !event.requires.isEmpty {
                line += " needs " + event.requires.map { "--set \($0)=..." }.joined(separator: " ")
            }
            return line
        }
        if !next.isEmpty { lines.append("next        " + next.joined(separator: "\n            ")) }
        return lines
    }
}
