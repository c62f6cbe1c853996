extension AssessmentRecord {
    /// The record as JSON, as the store keeps it (keys sorted by ``JSONValue/canonicalText``).
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "questionnaire": .object([
                "id": .string(questionnaire.id), "version": .int(questionnaire.version),
                "hash": .string(questionnaire.hash),
            ]),
            "partner": .string(partner),
            "answers": .object(
                answers.mapValues { answer in
                    var members: [String: JSONValue] = [
                        "value": .string(answer.value),
                        "evidence": .array(answer.evidence.map(\.json)),
                    ]
                    if let comment = answer.comment { members["comment"] = .string(comment) }
                    return .object(members)
                }),
            "ratings": .object(ratings.mapValues { .string($0.name) }),
            "review_notes": .object(reviewNotes.mapValues(JSONValue.string)),
            "plan": .array(
                planItems.map { item in
                    var members: [String: JSONValue] = [
                        "id": .string(item.id), "action": .string(item.action), "owner": .string(item.owner),
                        "due": .string(item.due.description),
                    ]
                    if let done = item.completedOn { members["completed_on"] = .string(done.description) }
                    if let evidence = item.evidence { members["evidence"] = .string(evidence) }
                    if item.overdueReported { members["overdue_reported"] = .bool(true) }
                    return .object(members)
                }),
        ]
        if let copiedFrom { object["copied_from"] = .string(copiedFrom) }
        if let countryLevelReason { object["country_level_reason"] = .string(countryLevelReason.rawValue) }
        if let preliminary { object["preliminary"] = preliminary.json }
        if let final { object["final"] = final.json }
        if let acceptedFrom {
            object["accepted_from"] = .object([
                "entity": .string(acceptedFrom.entity), "assessment": .string(acceptedFrom.assessment),
                "document_hash": .string(acceptedFrom.documentHash),
            ])
        }
        return .object(object)
    }

    /// Reads a record back from its JSON; `nil` when the JSON is not a record.
    public init?(json: JSONValue) {
        guard let reference = json["questionnaire"], let id = reference["id"]?.stringValue,
            let version = reference["version"]?.intValue, let hash = reference["hash"]?.stringValue,
            let partner = json["partner"]?.stringValue
        else { return nil }
        self.init(
            questionnaire: QuestionnaireReference(id: id, version: version, hash: hash), partner: partner,
            copiedFrom: json["copied_from"]?.stringValue)
        if let reason = json["country_level_reason"] {
            guard let reason = reason.stringValue.flatMap(CountryLevelReason.init(rawValue:)) else {
                return nil
            }
            countryLevelReason = reason
        }
        for (question, answer) in json["answers"]?.objectValue ?? [:] {
            guard let value = answer["value"]?.stringValue else { return nil }
            let evidence = (answer["evidence"]?.arrayValue ?? []).compactMap { item -> EvidenceReference? in
                item["type"]?.stringValue.map {
                    EvidenceReference(type: $0, description: item["description"]?.stringValue)
                }
            }
            answers[question] = Answer(
                value: value, evidence: evidence, comment: answer["comment"]?.stringValue)
        }
        for (standard, rating) in json["ratings"]?.objectValue ?? [:] {
            guard let name = rating.stringValue else { return nil }
            ratings[standard] = Self.rating(named: name)
        }
        for (standard, note) in json["review_notes"]?.objectValue ?? [:] {
            reviewNotes[standard] = note.stringValue
        }
        for item in json["plan"]?.arrayValue ?? [] {
            guard let id = item["id"]?.stringValue, let action = item["action"]?.stringValue,
                let owner = item["owner"]?.stringValue,
                let due = item["due"]?.stringValue.flatMap(LocalDate.init)
            else { return nil }
            var planItem = PlanItem(id: id, action: action, owner: owner, due: due)
            planItem.completedOn = item["completed_on"]?.stringValue.flatMap(LocalDate.init)
            planItem.evidence = item["evidence"]?.stringValue
            planItem.overdueReported = item["overdue_reported"] == .bool(true)
            planItems.append(planItem)
        }
        if let json = json["preliminary"] {
            guard let determination = RecordedDetermination(json: json) else { return nil }
            preliminary = determination
        }
        if let json = json["final"] {
            guard let determination = RecordedDetermination(json: json) else { return nil }
            final = determination
        }
        if let origin = json["accepted_from"] {
            guard let entity = origin["entity"]?.stringValue,
                let assessment = origin["assessment"]?.stringValue,
                let hash = origin["document_hash"]?.stringValue
            else { return nil }
            acceptedFrom = SharedOrigin(entity: entity, assessment: assessment, documentHash: hash)
        }
    }
}
