import DiligenceCore
import Foundation
import Synchronization

/// The day each partner's lifecycle can next change with the date alone, so `tick` refreshes
/// those partners and no others, and the facts and open flags its last refresh read, which hold
/// until that day (the risk report reads them instead of every partner's records and flags).
///
/// A partner's refresh reads its facts and the date. Its facts change with the date alone on the
/// days its records name (``PartnerFactValues/dateChanges``: a plan item falling overdue, a plan
/// passing its period, a training starting or ceasing to count). The risk rules and the
/// lifecycle's guards read the date through `today()`, `days_since` and `days_until`; compared
/// with constants, they can change only on the days at those distances from the dates the partner
/// has (``DateSensitivity``), and in any other form on any day. The first of these days after
/// the refresh is kept here, written by every refresh of the partner (every command that touches
/// its records refreshes it), with the rules and lifecycle it was computed under (the basis):
/// when those change, the next `tick` refreshes every partner once.
enum RefreshHorizon {
    static let schema = """
        CREATE TABLE partner_refresh (
            partner TEXT PRIMARY KEY NOT NULL,
            due_on TEXT NOT NULL,
            computed_on TEXT NOT NULL,
            facts TEXT NOT NULL
        );
        CREATE INDEX partner_refresh_due ON partner_refresh(due_on, partner);
        CREATE TABLE refresh_basis (
            name TEXT PRIMARY KEY NOT NULL,
            basis TEXT NOT NULL
        );
        """

    /// The day kept for a partner whose lifecycle no date can change.
    static let never = "9999-12-31"

    /// What the kept days were computed under: the partner lifecycle and the risk rules.
    static func basis(_ lifecycle: WorkflowDefinition, definitions: DefinitionSet) -> String {
        "\(lifecycle.hash) \(definitions.riskRules?.hash ?? "no-rules")"
    }

    /// How the lifecycle's guards and the risk rules together change with the date.
    static func sensitivity(_ lifecycle: WorkflowDefinition, definitions: DefinitionSet) -> DateSensitivity {
        let key = basis(lifecycle, definitions: definitions)
        if let known = known.withLock({ $0[key] }) { return known }
        var sensitivity = DateSensitivity.none
        for state in lifecycle.states {
            for transition in state.transitions {
                if let guardExpression = transition.guardExpression {
                    sensitivity = sensitivity.combined(with: guardExpression.dateSensitivity)
                }
            }
        }
        for rule in definitions.riskRules?.rules ?? [] {
            sensitivity = sensitivity.combined(with: rule.condition.dateSensitivity)
        }
        known.withLock { $0[key] = sensitivity }
        return sensitivity
    }

    private static let known = Mutex<[String: DateSensitivity]>([:])

    /// The first day after the facts' day on which `partner`'s refresh can differ, or `nil`.
    static func nextChange(
        facts: PartnerFactValues, instance: WorkflowInstance, lifecycle: WorkflowDefinition,
        definitions: DefinitionSet
    ) -> LocalDate? {
        let today = LocalDate(facts.now)
        var inputs = [facts.assessmentFinalOn, facts.assessmentExpiresOn].compactMap { $0 }
        for case .date(let date)? in instance.values { inputs.append(date) }
        let fromRules = sensitivity(lifecycle, definitions: definitions).nextChange(
            after: today, inputs: inputs)
        let fromFacts = facts.dateChanges.filter { $0 > today }.min()
        return [fromRules, fromFacts].compactMap { $0 }.min()
    }

    /// Keeps the day `partner` is next due for a refresh, with the facts it was refreshed with and
    /// its open flags: they hold from the day they were computed until that day (no fact changes
    /// with the date before it, and every change of a record refreshes the partner, and of a
    /// headquarters record its country-level records). Writes only when the day, the facts or
    /// the flags moved.
    static func keep(
        _ partner: String, facts: PartnerFactValues, instance: WorkflowInstance,
        lifecycle: WorkflowDefinition,
        definitions: DefinitionSet, db: any StoreConnection
    ) throws {
        let due =
            nextChange(facts: facts, instance: instance, lifecycle: lifecycle, definitions: definitions)?
            .description ?? never
        let text = facts.storedText
        let flags = try FlagCounts.open(partner: partner, db: db).storedText
        if let kept = try db.row(
            "SELECT due_on, facts, flags FROM partner_refresh WHERE partner = ?", [partner]),
            kept[0] == due, kept[1] == text, (kept[2] as String?) == flags
        {
            return
        }
        try db.execute(
            """
            INSERT INTO partner_refresh (partner, due_on, computed_on, facts, flags) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (partner) DO UPDATE
            SET due_on = excluded.due_on, computed_on = excluded.computed_on, facts = excluded.facts,
                flags = excluded.flags
            """, [partner, due, LocalDate(facts.now).description, text, flags])
    }

    /// The schema step that keeps each partner's open flags by level beside its facts
    /// (``OpenFlags``). A database kept its days without them: its next `tick` refreshes every
    /// partner once, as after a change of the rules, and keeps them.
    static let flagsSchema = "ALTER TABLE partner_refresh ADD COLUMN flags TEXT;"

    /// Makes the next `tick` keep every partner's flags (SQLite; PostgreSQL runs
    /// ``flagsPostgresUpgrade``).
    static func keepFlagsNextTick(db: any StoreConnection) throws {
        try db.execute("DELETE FROM refresh_basis")
    }

    /// The same for PostgreSQL.
    static let flagsPostgresUpgrade = "DELETE FROM refresh_basis;"

    /// Forgets a partner whose lifecycle reads no facts.
    static func forget(_ partner: String, db: any StoreConnection) throws {
        try db.execute("DELETE FROM partner_refresh WHERE partner = ?", [partner])
    }

    /// The partners due for a refresh on `day`, by the index on the day.
    static func due(on day: LocalDate, db: any StoreConnection) throws -> [String] {
        try db.values(
            String.self, "SELECT partner FROM partner_refresh WHERE due_on <= ? ORDER BY partner",
            [day.description])
    }

    /// The basis the kept days were computed under, if any.
    static func storedBasis(db: any StoreConnection) throws -> String? {
        try db.value(String.self, "SELECT basis FROM refresh_basis WHERE name = 'partner'")
    }

    /// Records the basis every running partner's day was just computed under.
    static func setBasis(_ basis: String, db: any StoreConnection) throws {
        try db.execute(
            """
            INSERT INTO refresh_basis (name, basis) VALUES ('partner', ?)
            ON CONFLICT (name) DO UPDATE SET basis = excluded.basis
            """, [basis])
    }
}

extension DiligenceStore {
    /// Makes the next `tick` refresh every running partner and keep their days again, as after a
    /// change of the lifecycle or the rules (for a database repaired by hand, or a benchmark).
    public func refreshEveryPartnerNextTick() throws(StoreError) {
        try transaction { db in try db.execute("DELETE FROM refresh_basis WHERE name = 'partner'") }
    }
}
