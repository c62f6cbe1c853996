import DiligenceCore
import Foundation

/// The fields and states a fuzzed guard may name: one field of every type, under the names the
/// shipped workflows use, so the seed guards type-check and the fuzzer reaches the evaluator.
struct FuzzScope: ExpressionScope {
    static let fields: [String: (slot: Int, type: ValueType)] = [
        "capacity_level": (0, .enumeration(values: ["full", "medium", "low", "none"])),
        "open_red_flags": (1, .int),
        "assessed_on": (2, .date),
        "training_coverage": (3, .decimal),
        "partner_name": (4, .string),
        "agreement_signed": (5, .bool),
        "review_period": (6, .duration),
        "documents": (7, .stringList),
        "assessment.expires_on": (8, .date),
        "risk_level": (9, .enumeration(values: ["high", "medium", "low"])),
        "score": (10, .int),
        "country": (11, .string),
        "mandatory_unresolved": (12, .int),
        "amendments_open": (13, .int),
        "partner_open_red_flags": (14, .int),
        "reported_on": (15, .date),
        "report_due_on": (16, .date),
        "outcome": (17, .string),
        "status": (18, .string),
        "assessments_open": (19, .int),
        "training_coverage_required": (20, .decimal),
        "assessment_expires_on": (21, .date),
        "plan_items_overdue": (22, .int),
    ]
    static let states = ["intake": 0, "under_review": 1, "approved": 2]

    func field(named path: String) -> (slot: Int, type: ValueType)? { Self.fields[path] }
    func state(named id: String) -> Int? { Self.states[id] }
    var fieldNames: [String] { Self.fields.keys.sorted() }
}

/// Values for every field of ``FuzzScope``, extreme where a type has extremes.
struct FuzzEnvironment: ExpressionEnvironment {
    let values: [Int: Value] = [
        0: .string("low"), 1: .int(Int.max), 2: .date(LocalDate(daysSinceEpoch: 20_000)),
        3: .decimal(Decimal(string: "0.85")!), 4: .string("Amani \u{1B}[2J"), 5: .bool(true),
        6: .duration(CalendarDuration(months: 1_200)), 7: .list(["plan", ""]),
        8: .date(LocalDate(daysSinceEpoch: -1)), 9: .string("high"), 10: .int(Int.min),
        12: .int(0), 13: .int(-1), 14: .int(1), 15: .date(LocalDate(daysSinceEpoch: 100_000)),
        16: .date(LocalDate(daysSinceEpoch: -100_000)), 17: .string("substantiated"), 18: .string(""),
        19: .int(3), 20: .decimal(Decimal(string: "0.8")!), 21: .date(LocalDate(daysSinceEpoch: 20_100)),
        22: .int(0),
    ]
    let now = Date(timeIntervalSince1970: 1_776_000_000)

    func value(atSlot slot: Int) -> Value? { values[slot] }
    func isActive(state index: Int) -> Bool { index == 1 }
}
