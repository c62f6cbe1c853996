import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Raises and clears `partner`'s rule flags for `facts`, inside the caller's transaction.
    ///
    /// For each rule of `Assessments/risk-rules.yaml` whose condition holds and that has no open
    /// flag on the partner, a flag record is started and raised by the `system` role (user
    /// `rule:ID`, `raised_by_rule` set); each open rule flag whose condition no longer holds (or
    /// whose rule left the file) is cleared with the `clear` event and a resolution naming the
    /// rule. A rule flag that people escalated or confirmed is no longer the rule's to clear: the
    /// workflow refuses the clear and the flag stays for headquarters. Every raise and clear is an
    /// ordinary event in the log. Returns whether any flag changed.
    @discardableResult
    static func applyRiskRules(
        partner: String, facts: PartnerFactValues, definitions: DefinitionSet, now: Date,
        db: any StoreConnection
    ) throws -> Bool {
        guard let rules = definitions.riskRules, definitions.workflow(forSubject: FlagRows.kind) != nil else {
            return false
        }
        let open = try FlagRows.openRuleFlags(partner: partner, db: db)
        var changed = false
        for outcome in rules.evaluate(facts: facts, openRuleFlags: Set(open.keys)) {
            switch outcome {
            case .raise(let ruleID, let flag):
                let actor = Actor(user: "rule:" + ruleID, role: SystemRole.name)
                let id = try RecordSequence.nextID(prefix: FlagRows.prefix, db: db)
                try startSubject(
                    id, kind: FlagRows.kind, data: FlagRows.startData(partner: partner), actor: actor,
                    definitions: definitions, now: now, db: db)
                try stepSubject(
                    id, event: FlagKind.raise.name,
                    assignments: [
                        (FlagKind.category.name, flag.category.rawValue),
                        (FlagKind.level.name, flag.level.rawValue),
                        (FlagKind.reason.name, flag.reason), (FlagKind.raisedByRule.name, ruleID),
                    ], actor: actor, definitions: definitions, now: now, db: db)
                if rules.rule(ruleID)?.reassess == true {
                    try startReassessment(partner, actor: actor, definitions: definitions, now: now, db: db)
                }
                changed = true
            case .clear(let ruleID):
                guard let id = open[ruleID] else { continue }
                let resolution =
                    rules.rule(ruleID).map { "The rule \(ruleID) no longer holds (\($0.condition.source))." }
                    ?? "The rule \(ruleID) is no longer in \(rules.file)."
                if try clearRuleFlag(
                    id, rule: ruleID, resolution: resolution, definitions: definitions, now: now, db: db)
                {
                    changed = true
                }
            }
        }
        return changed
    }

    /// Starts a re-assessment of `partner` for a rule (`reassess: true`), on the questionnaire of
    /// its latest assessment (or the first one loaded), unless an assessment is already under way.
    private static func startReassessment(
        _ partner: String, actor: Actor, definitions: DefinitionSet, now: Date, db: any StoreConnection
    ) throws {
        var facts = PartnerFactValues(now: now)
        try AssessmentRows.contribute(to: &facts, partner: partner, db: db)
        guard facts.assessmentsOpen ?? 0 == 0,
            let workflow = definitions.workflow(forSubject: AssessmentRows.kind)
        else { return }
        let latest = try db.value(
            String.self,
            """
            SELECT record.value FROM link JOIN record ON record.subject = link.subject AND record.kind = ?
            WHERE link.target = ? AND link.role = 'partner' ORDER BY link.subject DESC LIMIT 1
            """, [AssessmentRows.kind, partner]
        ).flatMap { JSONValue(text: $0) }.flatMap { AssessmentRecord(json: $0) }
        guard
            let questionnaire = latest.flatMap({ definitions.questionnaires[$0.questionnaire.id] })
                ?? definitions.questionnaires.keys.sorted().first.flatMap({ definitions.questionnaires[$0] })
        else { return }
        let record = AssessmentRecord(questionnaire: QuestionnaireReference(questionnaire), partner: partner)
        _ = try insertAssessment(
            record, workflow: workflow, questionnaire: questionnaire, actor: actor, definitions: definitions,
            now: now, db: db)
    }

    /// Sends `clear` to a rule flag; false when the workflow refuses it (the flag was escalated
    /// or confirmed and is now for people to decide). A refusal writes nothing.
    private static func clearRuleFlag(
        _ id: String, rule: String, resolution: String, definitions: DefinitionSet, now: Date,
        db: any StoreConnection
    ) throws -> Bool {
        let loaded = try currentInstance(id, definitions: definitions, db: db)
        let actor = Actor(user: "rule:" + rule, role: SystemRole.name)
        let input = try loaded.definition.event(
            FlagKind.clear.name, assignments: [(FlagKind.resolution.name, resolution)])
        guard
            case .accepted = Engine.step(
                loaded.definition, loaded.instance, event: input, actor: actor, now: now)
        else { return false }
        try stepSubject(
            id, event: FlagKind.clear.name, assignments: [(FlagKind.resolution.name, resolution)],
            actor: actor,
            definitions: definitions,
            now: now, db: db)
        return true
    }
}
