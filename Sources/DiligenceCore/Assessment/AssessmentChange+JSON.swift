extension AssessmentChange {
    /// The change as JSON, as the log keeps it in the event's data under `change`:
    /// `{"type": "answer", "question": ..., "value": ..., "evidence": [...], "comment": ...}`,
    /// `{"type": "rate", "standard": ..., "rating": ..., "note": ...}`,
    /// `{"type": "add_plan_item", "action": ..., "owner": ..., "due": "YYYY-MM-DD"}` or
    /// `{"type": "complete_plan_item", "item": ..., "on": "YYYY-MM-DD", "evidence": ...}` or
    /// `{"type": "plan_item_overdue", "item": ...}`.
    public var json: JSONValue {
        switch self {
        case .answer(let question, let answer):
            var object: [String: JSONValue] = [
                "type": "answer", "question": .string(question), "value": .string(answer.value),
                "evidence": .array(answer.evidence.map(\.json)),
            ]
            if let comment = answer.comment { object["comment"] = .string(comment) }
            return .object(object)
        case .rate(let standard, let rating, let note):
            var object: [String: JSONValue] = [
                "type": "rate", "standard": .string(standard), "rating": .string(rating),
            ]
            if let note { object["note"] = .string(note) }
            return .object(object)
        case .addPlanItem(let action, let owner, let due):
            return .object([
                "type": "add_plan_item", "action": .string(action), "owner": .string(owner),
                "due": .string(due.description),
            ])
        case .completePlanItem(let item, let date, let evidence):
            return .object([
                "type": "complete_plan_item", "item": .string(item), "on": .string(date.description),
                "evidence": .string(evidence),
            ])
        case .planItemOverdue(let item):
            return .object(["type": "plan_item_overdue", "item": .string(item)])
        }
    }

    /// Reads a change back from its JSON; `nil` when the JSON is not a change.
    public init?(json: JSONValue) {
        switch json["type"]?.stringValue {
        case "answer":
            guard let question = json["question"]?.stringValue, let value = json["value"]?.stringValue
            else { return nil }
            var evidence: [EvidenceReference] = []
            for item in json["evidence"]?.arrayValue ?? [] {
                guard let type = item["type"]?.stringValue else { return nil }
                evidence.append(EvidenceReference(type: type, description: item["description"]?.stringValue))
            }
            self = .answer(
                question: question,
                answer: Answer(value: value, evidence: evidence, comment: json["comment"]?.stringValue))
        case "rate":
            guard let standard = json["standard"]?.stringValue, let rating = json["rating"]?.stringValue
            else { return nil }
            self = .rate(standard: standard, rating: rating, note: json["note"]?.stringValue)
        case "add_plan_item":
            guard let action = json["action"]?.stringValue, let owner = json["owner"]?.stringValue,
                let due = json["due"]?.stringValue.flatMap(LocalDate.init)
            else { return nil }
            self = .addPlanItem(action: action, owner: owner, due: due)
        case "complete_plan_item":
            guard let item = json["item"]?.stringValue, let evidence = json["evidence"]?.stringValue,
                let date = json["on"]?.stringValue.flatMap(LocalDate.init)
            else { return nil }
            self = .completePlanItem(item: item, on: date, evidence: evidence)
        case "plan_item_overdue":
            guard let item = json["item"]?.stringValue else { return nil }
            self = .planItemOverdue(item: item)
        default:
            return nil
        }
    }
}
