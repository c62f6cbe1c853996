public import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// Raises a flag on a partner the account may see; returns the new flag's id. The flag
    /// workflow decides who may raise it (a red flag: headquarters only); a refusal writes nothing.
    public func raiseFlag(
        on partner: String, category: FlagCategory, level: FlagLevel, reason: String,
        by actor: AuthenticatedActor
    ) async throws -> String {
        try checkRecord(partner, visibleTo: actor)
        return try store.raiseFlag(
            partner: partner, category: category, level: level, reason: reason, actor: actor.actor,
            definitions: definitions, now: clock())
    }

    /// A decision on a flag the account may see (escalate, confirm, defer, invalidate, resolve,
    /// upgrade), with its written reason.
    @discardableResult
    public func decideFlag(
        _ id: String, decision: FlagDecision, reason: String, by actor: AuthenticatedActor
    ) async throws -> SendResult {
        try checkRecord(id, visibleTo: actor)
        return try store.decideFlag(
            id, decision: decision, text: reason, actor: actor.actor, definitions: definitions, now: clock())
    }

    /// The flags the account may see (of one partner, with those it inherits; open ones only; at
    /// one level), by id. A partner's staff see their own partner's flags only.
    public func flags(
        partner: String? = nil, openOnly: Bool = false, level: FlagLevel? = nil, by actor: AuthenticatedActor?
    ) async throws -> [FlagEntry] {
        if let partner {
            try checkRecord(partner, visibleTo: actor)
            return try store.flags(partner: partner, openOnly: openOnly, level: level)
        }
        return try everyFlag(head: try logHead()).filter { flag in
            Self.flag(flag, isOpen: openOnly, at: level) && mayRead(flag, actor)
        }
    }

    /// Whether `flag` is open when `open`, and open at `level` when one is given.
    static func flag(_ flag: FlagEntry, isOpen open: Bool, at level: FlagLevel?) -> Bool {
        (!open || flag.isOpen) && (level.map { flag.isOpen && flag.level == $0.rawValue } ?? true)
    }

    /// Whether the account may see `flag` among the flags of every partner: a partner's staff,
    /// their own partner's only.
    func mayRead(_ flag: FlagEntry, _ actor: AuthenticatedActor?) -> Bool {
        guard let actor, isPartnerRole(actor.role) else { return true }
        return flag.partner == actor.account.partner
    }

    /// Those of `flags` (of every partner) the account may see (see ``mayRead(_:_:)``).
    func flags(of flags: [FlagEntry], visibleTo actor: AuthenticatedActor?) -> [FlagEntry] {
        guard let actor, isPartnerRole(actor.role) else { return flags }
        return flags.filter { mayRead($0, actor) }
    }

    /// A flag the account may see, with its whole history.
    public func flag(_ id: String, by actor: AuthenticatedActor?) async throws -> FlagDetail {
        try checkRecord(id, visibleTo: actor)
        return FlagDetail(entry: try store.flag(id), history: try store.history(id))
    }
}

/// A flag and its history, as ``DiligenceService/flag(_:by:)`` returns it.
public struct FlagDetail: Sendable {
    /// Where the flag stands.
    public var entry: FlagEntry
    /// Every event of the flag, oldest first.
    public var history: [EventRecord]
}
