import DiligenceCore
import DiligenceStore
import Foundation

/// What `assessment show` presents, computed once for the text and the JSON forms: per standard the
/// partner's answers beside the UN rating, the scoring outcome, the plan with overdue items, and
/// what the workflow accepts next.
struct AssessmentView {
    var entry: AssessmentEntry
    var questionnaire: Questionnaire?
    var workflow: WorkflowDefinition?
    var today: LocalDate

    /// The scoring outcome of the UN ratings (`nil` without the questionnaire or for a bad rating).
    var outcome: ScoringOutcome? {
        questionnaire.flatMap { try? Scoring.determine($0, ratings: entry.record.ratings) }
    }

    /// The events the assessment accepts now.
    var accepts: [WorkflowDefinition.AvailableEvent] {
        guard let workflow,
            let instance = try? entry.instance.snapshot.instance(subject: entry.id, definition: workflow)
        else { return [] }
        return workflow.availableEvents(for: instance)
    }

    /// Where the assessment is in its workflow.
    var standing: String { PartnerText.standing(entry.instance.snapshot, workflow) }

    func isOverdue(_ item: PlanItem) -> Bool { item.isOpen && item.due < today }

    /// The questions the partner's answers leave unasked (follow-ups of a "no", for example).
    var notAsked: [String] {
        guard let questionnaire else { return [] }
        let asked = questionnaire.askedQuestionIDs(answers: entry.record.answers)
        return questionnaire.questionIDs.filter { !asked.contains($0) }
    }

    /// The partner's answers to a standard's questions, as `question = value` lines.
    func answers(_ standard: CoreStandard) -> [String] {
        let notAsked = Set(notAsked)
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

    var json: JSONValue {
        let record = entry.record
        var object: [String: JSONValue] = [
            "id": .string(entry.id), "partner": .string(record.partner),
            "questionnaire": .object([
                "id": .string(record.questionnaire.id), "version": .int(record.questionnaire.version),
                "hash": .string(record.questionnaire.hash),
            ]),
            "states": .array(entry.instance.snapshot.activeStates.map(JSONValue.string)),
            "complete": .bool(entry.instance.snapshot.isComplete),
            "standing": .string(standing),
            "facts": .object(entry.instance.snapshot.context),
            "answers": record.json["answers"] ?? .object([:]),
            "ratings": record.json["ratings"] ?? .object([:]),
            "plan": .array(
                record.planItems.map { item in
                    var members: [String: JSONValue] = [
                        "id": .string(item.id), "action": .string(item.action), "owner": .string(item.owner),
                        "due": .string(item.due.description), "overdue": .bool(isOverdue(item)),
                    ]
                    if let done = item.completedOn { members["completed_on"] = .string(done.description) }
                    if let evidence = item.evidence { members["evidence"] = .string(evidence) }
                    members["overdue_reported"] = .bool(item.overdueReported)
                    return .object(members)
                }),
            "accepts": .array(
                accepts.map {
                    .object([
                        "event": .string($0.event), "roles": .array($0.roles.map(JSONValue.string)),
                        "requires": .array($0.requires.map(JSONValue.string)),
                    ])
                }),
        ]
        object["preliminary"] = record.preliminary?.json ?? .null
        object["final"] = record.final?.json ?? .null
        object["copied_from"] = record.copiedFrom.map(JSONValue.string) ?? .null
        object["country_level_reason"] = record.countryLevelReason.map { .string($0.rawValue) } ?? .null
        object["not_asked"] = .array(notAsked.map(JSONValue.string))
        object["accepted_from"] = record.json["accepted_from"] ?? .null
        if let questionnaire {
            object["standards"] = .array(
                questionnaire.standards.map { standard in
                    .object([
                        "id": .string(standard.id), "title": .string(standard.title),
                        "rating": record.ratings[standard.id].map { .string($0.name) } ?? .null,
                        "note": record.reviewNotes[standard.id].map(JSONValue.string) ?? .null,
                    ])
                })
        }
        if let outcome {
            object["unrated"] = .array(outcome.unrated.map(JSONValue.string))
            object["explanation"] = .string(outcome.explanation)
            if let determination = outcome.determination {
                object["determination"] = .object([
                    "capacity": .string(determination.capacity.rawValue),
                    "risk": .string(determination.risk.rawValue), "score": .int(determination.score),
                ])
            }
        }
        return .object(object)
    }

    var lines: [String] {
        let record = entry.record
        var lines = [
            "\(entry.id)  assessment of \(record.partner) against \(record.questionnaire.id) v\(record.questionnaire.version) (\(record.questionnaire.hash.prefix(12)))",
            "standing    \(standing)",
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
        if record.planItems.isEmpty {
            lines.append("plan        no action items")
        } else {
            var table = Table("ITEM", "ACTION", "OWNER", "DUE", "STATUS")
            for item in record.planItems {
                let status =
                    item.completedOn.map { "done \($0)" + (item.evidence.map { ": \($0)" } ?? "") }
                    ?? (isOverdue(item) ? "OVERDUE" : "open")
                table.add(item.id, item.action, item.owner, item.due.description, status)
            }
            lines.append("plan")
            lines.append(table.text)
        }
        let next = accepts.map { event -> String in
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
