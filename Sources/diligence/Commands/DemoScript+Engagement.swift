import DiligenceCore
import DiligenceStore
import Foundation

/// The demo's engagement: personnel and training recorded and confirmed, flags raised and decided.
extension DemoScript {
    /// Records a partner's staff and volunteers in contact with beneficiaries, and one training
    /// session attended by `trained` staff and all volunteers.
    func recordTraining(_ partner: String, staff: Int, volunteers: Int, trained: Int) throws {
        for (category, count) in [(PersonnelCategory.staff, staff), (.volunteers, volunteers)] {
            _ = try storeCall {
                try store.changeTraining(
                    partner: partner,
                    change: .personnel(
                        PersonnelGroup(category: category, headCount: count, inContactWithBeneficiaries: true)
                    ),
                    actor: Self.focalPoint, definitions: definitions, now: clock)
            }
        }
        let session = TrainingRecord(
            course: "PSEA for implementing partners", date: LocalDate(clock), provider: "UN online course",
            attendance: [
                .staff: Attendance(unnamedCount: trained), .volunteers: Attendance(unnamedCount: volunteers),
            ])
        _ = try storeCall {
            try store.changeTraining(
                partner: partner, change: .trainings([session]), actor: Self.focalPoint,
                definitions: definitions,
                now: clock)
        }
        print(
            "  \(partner)  personnel recorded (\(staff) staff, \(volunteers) volunteers); \(trained + volunteers) trained today"
        )
    }

    /// Confirms a partner's training; a coverage below the policy's threshold is refused and shown.
    func confirmTraining(_ partner: String) throws {
        let who = "\(Self.focalPoint.user) (\(Self.focalPoint.role))"
        do {
            _ = try store.confirmTraining(
                partner: partner, actor: Self.focalPoint, definitions: definitions, now: clock)
        } catch {
            print("  \(partner)  training confirmation by \(who): REFUSED, \(StoreErrorMessages.text(error))")
            return
        }
        try printPartner(partner, prefix: "training confirmed by \(who)")
    }

    /// Raises a flag on a partner and prints where the partner stands after it.
    func raiseFlag(
        _ partner: String, _ category: FlagCategory, _ level: FlagLevel, _ reason: String, by actor: Actor
    )
        throws -> String
    {
        let id = try storeCall {
            try store.raiseFlag(
                partner: partner, category: category, level: level, reason: reason, actor: actor,
                definitions: definitions, now: clock)
        }
        print(
            "  \(id)  \(level.rawValue) flag (\(category.rawValue)) on \(partner) by \(actor.user) (\(actor.role)): \(reason)"
        )
        try printPartner(partner)
        return id
    }

    /// Sends a decision on a flag (escalate, confirm, resolve, ...) and prints the partner after it.
    func decideFlag(_ id: String, _ decision: FlagDecision, _ text: String, by actor: Actor, partner: String)
        throws
    {
        do {
            _ = try store.decideFlag(
                id, decision: decision, text: text, actor: actor, definitions: definitions, now: clock)
        } catch {
            print(
                "  \(id)  \(decision.event) by \(actor.user) (\(actor.role)): REFUSED, \(StoreErrorMessages.text(error))"
            )
            return
        }
        print("  \(id)  \(decision.event) by \(actor.user) (\(actor.role)): \(text)")
        try printPartner(partner)
    }
}
