public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// A final assessment as a portable document. `entity` names the UN entity that made it; an
    /// assessment accepted from another entity keeps that entity and its id there.
    public func exportAssessment(_ id: String, entity: String?, now: Date) throws(StoreError)
        -> AssessmentExport
    {
        let entry = try assessment(id)
        let record = entry.record
        guard record.final != nil else {
            throw .invalidInput(field: .assessment, problem: .notFinal, values: ["value": id])
        }
        let origin = record.acceptedFrom
        guard let entity = origin?.entity ?? entity.flatMap({ $0.contains { !$0.isWhitespace } ? $0 : nil })
        else {
            throw .invalidInput(field: .entity, problem: .missing, values: [:])
        }
        let partner = try read { db in
            try db.row(
                "SELECT id, name, country, type FROM partner WHERE id = ?",
                [record.partner])
        }
        var members: [String: String] = ["id": record.partner]
        if let partner {
            members["name"] = partner["name"]
            members["country"] = partner["country"]
            members["type"] = partner["type"]
        }
        return AssessmentExport(
            assessment: origin?.assessment ?? id, assessingEntity: entity, partner: members, record: record,
            exportedAt: Timestamp.truncated(now))
    }

    /// Records an exported assessment for `partner` as accepted from the entity that made it, in
    /// one transaction: a new assessment in its final state (the start event carries the whole
    /// record, so the replay rebuilds it), linked to the partner. Refused when the questionnaire
    /// is unknown here or its version differs, when the answers or ratings do not fit it, when the
    /// determination does not follow from the ratings or has expired, or when the same document
    /// was already accepted for the partner. Returns the new id.
    public func importAssessment(
        _ export: AssessmentExport, partner: String, actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> String {
        let now = Timestamp.truncated(now)
        let reference = export.record.questionnaire
        guard definitions.questionnaires[reference.id] != nil else {
            let known = definitions.questionnaires.keys.sorted()
            throw .unknownQuestionnaire(
                reference.id, suggestion: Suggestion.closest(to: reference.id, among: known), known: known)
        }
        let (questionnaire, workflow) = try Self.checkAssessmentStart(
            questionnaire: reference.id, actor: actor, definitions: definitions)
        var document = export
        document.record.partner = partner
        let record: AssessmentRecord
        switch Result(catching: { () throws(AssessmentExportError) in
            try document.accepted(questionnaire: questionnaire, today: LocalDate(now))
        }) {
        case .success(let accepted): record = accepted
        case .failure(let error): throw .documentRefused(error)
        }
        return try transaction { db in
            try Self.checkPartner(partner, db: db)
            if let earlier = try AssessmentRows.records(partner: partner, db: db).first(where: {
                $0.record.acceptedFrom?.documentHash == record.acceptedFrom?.documentHash
            }) {
                throw StoreError.invalidInput(
                    field: .document, problem: .duplicate,
                    values: ["partner": partner, "assessment": earlier.id])
            }
            try Self.supersedeStatuses(of: partner, definitions: definitions, now: now, db: db)
            let id = try Self.insertAssessment(
                record, workflow: workflow, questionnaire: questionnaire, actor: actor,
                definitions: definitions,
                now: now, db: db)
            return id
        }
    }
}
