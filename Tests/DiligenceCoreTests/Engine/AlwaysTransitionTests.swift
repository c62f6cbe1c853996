import DiligenceCore
import Foundation
import Testing

@Suite struct AlwaysTransitionTests {
    static let yaml = """
        workflow: partnership
        roles: [manager]
        fields:
          open_red_flags: {type: int, derived: true, default: 0}
        initial: active
        states:
          active:
            always:
              - target: suspended
                guard: open_red_flags > 0
            on:
              - event: close
                target: closed
                roles: [manager]
          suspended:
            always:
              - target: active
                guard: open_red_flags == 0
            on:
              - event: close
                target: closed
                roles: [manager]
          closed:
            type: final
        """

    let now = Date(timeIntervalSince1970: 0)

    func definition(_ text: String = Self.yaml) throws -> WorkflowDefinition {
        let (definition, report) = WorkflowLoader.load(file: "partnership.yaml", text: text)
        #expect(report.errors.isEmpty, "\(report.errors)")
        return try #require(definition)
    }

    func flags(_ count: Int, in definition: WorkflowDefinition) throws -> [FieldValue] {
        let field = try #require(definition.field("open_red_flags"))
        return [FieldValue(field: FieldID(slot: field.slot, path: field.path), value: .int(count))]
    }

    @Test func aRefreshMovesTheRecordAsSoonAsItsFactsMakeAGuardTrue() throws {
        let definition = try definition()
        let start = Engine.start(definition, subject: "P-1", now: now).instance
        #expect(definition.currentStates(of: start) == ["active"])
        #expect(Engine.refresh(definition, start, facts: try flags(0, in: definition), now: now) == nil)
        guard
            case .accepted(let locked) = Engine.refresh(
                definition, start, facts: try flags(1, in: definition), now: now)
        else {
            Issue.record("a red flag must suspend the partner")
            return
        }
        #expect(definition.currentStates(of: locked.instance) == ["suspended"])
        #expect(locked.transitions == [TakenTransition(event: nil, source: "active", target: "suspended")])
        #expect(locked.instance.version == start.version + 1)
        guard
            case .accepted(let unlocked) = Engine.refresh(
                definition, locked.instance, facts: try flags(0, in: definition), now: now)
        else {
            Issue.record("resolving the flag must reactivate the partner")
            return
        }
        #expect(definition.currentStates(of: unlocked.instance) == ["active"])
    }

    @Test func anEventSettlesIntoTheStateTheFactsRequire() throws {
        let definition = try definition()
        let start = Engine.start(definition, subject: "P-1", now: now, facts: try flags(2, in: definition))
            .instance
        #expect(definition.currentStates(of: start) == ["suspended"])
    }

    @Test func aGuardThatNeverSettlesIsReportedAsARunaway() throws {
        let looping = Self.yaml.replacingOccurrences(
            of: "guard: open_red_flags == 0", with: "guard: open_red_flags > 0")
        let definition = try definition(looping)
        let start = Engine.start(definition, subject: "P-1", now: now).instance
        guard
            case .rejected(.runaway(_, _)) = Engine.refresh(
                definition, start, facts: try flags(1, in: definition), now: now)
        else {
            Issue.record("two always transitions that keep firing must be refused as a runaway")
            return
        }
    }

    @Test(arguments: [
        (
            "      - target: suspended\n        guard: open_red_flags > 0",
            "      - guard: open_red_flags > 0", "needs a target"
        ),
        (
            "      - target: suspended\n        guard: open_red_flags > 0", "      - target: suspended",
            "needs a guard"
        ),
    ])
    func anAlwaysTransitionNeedsATargetAndAGuard(original: String, replacement: String, message: String)
        throws
    {
        let text = Self.yaml.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.yaml)
        let (definition, report) = WorkflowLoader.load(file: "partnership.yaml", text: text)
        #expect(definition == nil)
        let error = try #require(report.errors.first)
        #expect(error.code == .missingKey)
        #expect(error.message.contains(message))
        #expect(error.location.line == 9)
    }
}
