import DiligenceCore
import Foundation

/// The event cycle both diligence and the Python peer run: a partner registered, assessed at
/// full capacity, engaged (clauses, then training), activated, suspended, resumed and closed;
/// then the next partner. Eight engine operations per partner: one start and seven events.
enum LifecycleCycle {
    static let events: [(name: String, role: String, data: [(String, String)])] = [
        ("start_assessment", "programme_officer", []),
        ("complete_assessment", "programme_officer", [("capacity_level", "full")]),
        ("confirm_clauses", "procurement", [("clauses_cleared", "true")]),
        ("confirm_training", "programme_officer", [("training_coverage", "1.0")]),
        ("suspend", "manager", [("suspension_reason", "audit finding")]),
        ("resume", "manager", []),
        ("close", "manager", [("closure_reason", "programme ended")]),
    ]
}
