public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// The longest reason, note or justification a flag takes.
    public static let flagTextLimit = 2_000

    /// Raises a flag on a partner, in one transaction: a new flag record (`F-0001`) running the
    /// `risk-flag` workflow, linked to the partner, and its `raise` event (`raise_red` for a red
    /// flag, which only headquarters may send). Returns the flag's id. A refusal writes nothing.
    public func raiseFlag(
        partner: String, category: FlagCategory, level: FlagLevel, reason: String, actor: Actor,
        definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> String {
        let now = Timestamp.truncated(now)
        let reason = try Self.checkFlagRaise(
            level: level, reason: reason, actor: actor, definitions: definitions)
        return try transaction { db in
            try Self.checkPartner(partner, db: db)
            let id = try RecordSequence.nextID(prefix: FlagRows.prefix, db: db)
            try Self.startSubject(
                id, kind: FlagRows.kind, data: FlagRows.startData(partner: partner), actor: actor,
                definitions: definitions, now: now, db: db)
            var assignments = [("category", category.rawValue), ("reason", reason)]
            if level != .red { assignments.append(("level", level.rawValue)) }
            try Self.stepSubject(
                id, event: level == .red ? FlagKind.raiseRed.name : FlagKind.raise.name,
                assignments: assignments, actor: actor,
                definitions: definitions, now: now, db: db)
            try Self.refreshPartners(linkedTo: id, definitions: definitions, now: now, db: db)
            return id
        }
    }

    /// Checks a raise before anything is opened or written; returns the trimmed reason.
    public static func checkFlagRaise(
        level: FlagLevel, reason: String, actor: Actor, definitions: DefinitionSet
    ) throws(StoreError) -> String {
        guard level != .escalated else {
            throw .invalidInput(field: .level, problem: .reserved, values: ["value": level.rawValue])
        }
        let reason = try flagText(reason, decision: nil)
        let workflow = try Self.workflow(
            ofKind: FlagRows.kind, actor: actor, starting: true, definitions: definitions)
        // The role is checked before a flag id is taken: a refusal names no flag that never was.
        let event = level == .red ? FlagKind.raiseRed.name : FlagKind.raise.name
        let raises = workflow.states.flatMap(\.transitions).filter { $0.event == event }
        if !raises.isEmpty, !raises.contains(where: { $0.allows(role: actor.role) }) {
            var roles: [String] = []
            for role in raises.flatMap({ $0.roles ?? [] }) where role != "system" && !roles.contains(role) {
                roles.append(role)
            }
            throw .invalidInput(
                field: .role, problem: .notPermitted,
                values: [
                    "role": actor.role, "act": "raise-flag", "level": level.rawValue,
                    "allowed": roles.joined(separator: ", "),
                ])
        }
        return reason
    }

    /// Takes a decision on a flag's ladder (escalate, confirm, defer, invalidate, resolve,
    /// upgrade) with its written reason, in one transaction. The workflow decides whether the
    /// flag's state and the actor's role allow it; a refusal says which rule is in the way and
    /// writes nothing.
    public func decideFlag(
        _ id: String, decision: FlagDecision, text: String, actor: Actor, definitions: DefinitionSet,
        now: Date
    ) throws(StoreError) -> SendResult {
        let now = Timestamp.truncated(now)
        let text = try Self.flagText(text, decision: decision)
        // The role is checked against the flag workflow before anything is opened.
        _ = try Self.workflow(
            ofKind: FlagRows.kind, actor: actor, starting: false, definitions: definitions)
        return try transaction { db in
            let partner = try Self.found(
                FlagRows.partner(ofFlag: id, db: db), id: id,
                otherwise: .invalidInput(field: .flag, problem: .wrongKind, values: ["value": id]),
                definitions: definitions, db: db)
            try Self.checkRuleFlagDecision(
                id, event: decision.event, partner: partner, definitions: definitions, now: now, db: db)
            let result = try Self.stepSubject(
                id, event: decision.event, assignments: [(decision.textField, text)], actor: actor,
                definitions: definitions, now: now, db: db)
            try Self.refreshPartners(linkedTo: id, definitions: definitions, now: now, db: db)
            return result
        }
    }

    /// A flag's written reason, trimmed; refused when empty or too long.
    static func flagText(_ text: String, decision: FlagDecision?) throws(StoreError) -> String {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // `decision` is the event the text is for; a flag's raising has none.
        let event = decision?.event ?? FlagKind.raise.name
        guard !text.isEmpty else {
            throw .invalidInput(field: .reason, problem: .missing, values: ["decision": event])
        }
        guard text.count <= flagTextLimit else {
            throw .invalidInput(
                field: .reason, problem: .tooLong,
                values: ["decision": event, "length": "\(text.count)", "limit": "\(flagTextLimit)"])
        }
        return text
    }
}
