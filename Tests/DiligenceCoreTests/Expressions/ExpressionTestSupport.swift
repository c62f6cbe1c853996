import Foundation
import Testing

@testable import DiligenceCore

/// The fields and states of a small PSEA due-diligence workflow.
struct TestScope: ExpressionScope {
    static let capacityLevels = ["full", "medium", "low", "none"]

    let fields: [String: (slot: Int, type: ValueType)] = [
        "capacity_level": (0, .enumeration(values: TestScope.capacityLevels)),
        "open_red_flags": (1, .int),
        "assessed_on": (2, .date),
        "training_coverage": (3, .decimal),
        "partner_name": (4, .string),
        "agreement_signed": (5, .bool),
        "review_period": (6, .duration),
        "documents": (7, .stringList),
        "assessment.expires_on": (8, .date),
        "risk_level": (9, .enumeration(values: ["high", "medium", "low"])),
        "prior_capacity": (10, .enumeration(values: ["none", "low", "medium", "full"])),
        "score": (11, .int),
        "threshold": (12, .decimal),
        "country": (13, .string),
    ]
    let states = ["intake": 0, "under_review": 1, "approved": 2]

    func field(named path: String) -> (slot: Int, type: ValueType)? { fields[path] }
    func state(named id: String) -> Int? { states[id] }
    var fieldNames: [String] { fields.keys.sorted() }
}

/// Field values by slot, the active states and a fixed `now` (2026-04-15 10:00 UTC).
struct TestEnvironment: ExpressionEnvironment {
    var values: [Int: Value] = [:]
    var active: Set<Int> = []
    var now = LocalDate(year: 2026, month: 4, day: 15)!.startOfDay.addingTimeInterval(36_000)

    init(_ values: [String: Value] = [:], active: Set<Int> = []) {
        let scope = TestScope()
        for (path, value) in values { self.values[scope.fields[path]!.slot] = value }
        self.active = active
    }

    func value(atSlot slot: Int) -> Value? { values[slot] }
    func isActive(state index: Int) -> Bool { active.contains(index) }
}

let testFile = SourceLocation(file: "Workflows/partner.yaml", line: 1, column: 1)

/// Compiles against ``TestScope``, failing the test on an error.
func compile(
    _ source: String, expecting: ValueType? = .bool, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> CompiledExpression {
    do {
        return try ExpressionCompiler.compile(source, at: testFile, in: TestScope(), expecting: expecting)
    } catch {
        Issue.record("\(source): \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The error compiling `source` gives, or nil when it compiles.
func compileError(
    _ source: String, at location: DiligenceCore.SourceLocation = testFile, expecting: ValueType? = .bool
) -> DefinitionError? {
    do {
        _ = try ExpressionCompiler.compile(source, at: location, in: TestScope(), expecting: expecting)
        return nil
    } catch {
        return error
    }
}

/// Compiles and evaluates `source` with the given field values.
func evaluate(
    _ source: String, _ values: [String: Value] = [:], active: Set<Int> = [],
    expecting: ValueType? = nil
) throws -> Value? {
    try compile(source, expecting: expecting).evaluate(in: TestEnvironment(values, active: active))
}

/// Whether the guard holds with the given field values.
func holds(_ source: String, _ values: [String: Value] = [:], active: Set<Int> = []) throws -> Bool {
    try compile(source).isSatisfied(in: TestEnvironment(values, active: active))
}

/// The location of column `column` on line `line` of the test file.
func at(_ line: Int, _ column: Int) -> DiligenceCore.SourceLocation {
    DiligenceCore.SourceLocation(file: testFile.file, line: line, column: column)
}
