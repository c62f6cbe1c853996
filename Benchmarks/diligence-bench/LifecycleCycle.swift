import DiligenceCore
import Foundation

/// The cycle both diligence and the Python peer run on the shipped partner lifecycle, with the
/// partner's facts passed to the engine before every operation (as the store computes them from
/// the records): a partner registered, its assessment started, determined at full capacity and
/// completed, its agreement cleared (the agreement region completes through its `always`
/// transition, taken by `Engine.refresh`), its training confirmed (engagement is done: active),
/// then suspended, resumed and closed; then the next partner. Eight engine operations per partner.
enum LifecycleCycle {
    /// One operation: an event sent by a role, or a refresh (`event == nil`), with the facts then.
    struct Operation {
        var event: String?
        var role: String
        var data: [(String, String)]
        var facts: [String: Value]
    }

    /// The partner's facts before anything is recorded about it.
    static let registered: [String: Value] = [
        "capacity_level": .string("not_assessed"), "assessments_open": .int(0), "open_red_flags": .int(0),
        "agreement_cleared": .bool(false), "training_coverage": .decimal(0),
        "training_coverage_required": .decimal(1),
    ]

    static func facts(_ changes: [String: Value], over base: [String: Value]) -> [String: Value] {
        base.merging(changes) { _, new in new }
    }

    /// The seven operations after the start, each with the facts the store would compute then.
    static let operations: [Operation] = {
        let assessing = facts(["assessments_open": .int(1)], over: registered)
        let determined = facts(
            [
                "assessments_open": .int(0), "capacity_level": .string("full"),
                "assessment_final_on": .date(LocalDate(year: 2026, month: 1, day: 15)!),
            ], over: registered)
        let cleared = facts(["agreement_cleared": .bool(true)], over: determined)
        let trained = facts(["training_coverage": .decimal(1)], over: cleared)
        return [
            Operation(event: "start_assessment", role: "programme_officer", data: [], facts: assessing),
            Operation(event: "complete_assessment", role: "programme_officer", data: [], facts: determined),
            Operation(event: nil, role: SystemRole.name, data: [], facts: cleared),
            Operation(event: "confirm_training", role: "programme_officer", data: [], facts: trained),
            Operation(
                event: "suspend", role: "manager", data: [("suspension_reason", "audit finding")],
                facts: trained
            ),
            Operation(event: "resume", role: "manager", data: [], facts: trained),
            Operation(
                event: "close", role: "manager", data: [("closure_reason", "programme ended")], facts: trained
            ),
        ]
    }()
}
