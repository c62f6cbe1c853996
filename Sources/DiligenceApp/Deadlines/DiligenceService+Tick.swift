import DiligenceCore
public import DiligenceStore
public import Foundation

/// What one `tick` did.
public struct TickOutcome: Sendable {
    /// The time it acted at.
    public var at: Date
    /// The deadlines it fired or dropped, earliest first.
    public var fired: [FiredDeadline]
    /// The partners whose lifecycle moved on as their facts changed with the date.
    public var movedPartners: [String]
    /// How many reminders of deadlines came due (notices written for e-mail).
    public var reminders = 0
}

extension DiligenceService {
    /// Fires every deadline due at `time` (the clock's now when `nil`) and refreshes the running
    /// partners for the facts that change with the date. `actor` must hold a role that allows
    /// firing deadlines (or be the system account). `time` may not lie before the newest event
    /// of the log (the log runs forward), nor ahead of the clock unless the database was made
    /// for a demonstration or a test (its clock is simulated). When anything was fired or moved,
    /// a `tick` row records who ran it and at what time.
    public func tick(at time: Date? = nil, by actor: AuthenticatedActor) async throws -> TickOutcome {
        try require(.fireDeadlines, by: actor)
        let real = clock()
        let instant = time ?? real
        if time != nil {
            if let latest = try store.latestEventTime(), instant < latest {
                throw DiligenceError(
                    .clockBackwards, field: .now,
                    ["now": Timestamp.format(instant), "last": Timestamp.format(latest)])
            }
            if instant > real, try store.installationSetting("clock") != "simulated" {
                throw DiligenceError(
                    .clockAhead, field: .now,
                    ["now": Timestamp.format(instant), "real": Timestamp.format(real)])
            }
        }
        let reminders = try writeDueReminders(at: instant)
        let fired = try store.tick(now: instant, definitions: definitions)
        let moved = try store.refreshAllPartners(now: instant, definitions: definitions)
        if !fired.isEmpty || !moved.isEmpty {
            try store.recordTick(
                at: instant, fired: fired.count, moved: moved.count, actor: actor.actor, roles: try roles,
                now: real)
        }
        return TickOutcome(at: instant, fired: fired, movedPartners: moved, reminders: reminders)
    }
}
