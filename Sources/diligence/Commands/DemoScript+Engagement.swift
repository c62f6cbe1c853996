import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The demo's engagement: personnel and training recorded and confirmed, flags raised and decided.
extension DemoScript {
    /// Records a partner's staff and volunteers in contact with beneficiaries, and one training
    /// session attended by `trained` staff and all volunteers.
    func recordTraining(_ partner: String, staff: Int, volunteers: Int, trained: Int) async throws {
        let focalPoint = try await signedIn(Self.focalPoint)
        for (category, count) in [(PersonnelCategory.staff, staff), (.volunteers, volunteers)] {
            _ = try await service.changeTraining(
                .personnel(
                    PersonnelGroup(category: category, headCount: count, inContactWithBeneficiaries: true)),
                partner: partner, by: focalPoint)
        }
        let session = TrainingRecord(
            course: "PSEA for implementing partners", date: LocalDate(now), provider: "UN online course",
            attendance: [
                .staff: Attendance(unnamedCount: trained), .volunteers: Attendance(unnamedCount: volunteers),
            ])
        _ = try await service.changeTraining(.trainings([session]), partner: partner, by: focalPoint)
        print(
            "  \(partner)  personnel recorded (\(staff) staff, \(volunteers) volunteers); \(trained + volunteers) trained today"
        )
    }

    /// Confirms a partner's training; a coverage below the policy's threshold is refused and shown.
    func confirmTraining(_ partner: String) async throws {
        let who = "\(Self.focalPoint.user) (\(Self.focalPoint.role))"
        do {
            _ = try await service.confirmTraining(partner: partner, by: try await signedIn(Self.focalPoint))
        } catch {
            print("  \(partner)  training confirmation by \(who): REFUSED, \(try Self.refusal(error))")
            return
        }
        try await printPartner(partner, prefix: "training confirmed by \(who)")
    }

    /// Raises a flag on a partner and prints where the partner stands after it.
    func raiseFlag(
        _ partner: String, _ category: FlagCategory, _ level: FlagLevel, _ reason: String, by actor: Actor
    ) async throws -> String {
        let id = try await service.raiseFlag(
            on: partner, category: category, level: level, reason: reason, by: try await signedIn(actor))
        print(
            "  \(id)  \(level.rawValue) flag (\(category.rawValue)) on \(partner) by \(actor.user) (\(actor.role)): \(reason)"
        )
        try await printPartner(partner)
        return id
    }

    /// Sends a decision on a flag (escalate, confirm, resolve, ...) and prints the partner after it.
    func decideFlag(_ id: String, _ decision: FlagDecision, _ text: String, by actor: Actor, partner: String)
        async throws
    {
        do {
            _ = try await service.decideFlag(
                id, decision: decision, reason: text, by: try await signedIn(actor))
        } catch {
            print(
                "  \(id)  \(decision.event) by \(actor.user) (\(actor.role)): REFUSED, \(try Self.refusal(error))"
            )
            return
        }
        print("  \(id)  \(decision.event) by \(actor.user) (\(actor.role)): \(text)")
        try await printPartner(partner)
    }
}
