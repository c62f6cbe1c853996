import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

@Suite struct DerivedFieldTests {
    static let yaml = """
        workflow: review
        roles: [reviewer]
        fields:
          unrated: {type: int, derived: true, default: 6}
          note: {type: string}
        initial: rating
        states:
          rating:
            on:
              - event: determine
                target: determined
                roles: [reviewer]
                guard: unrated == 0
          determined:
            type: final
        """

    func definition() throws -> WorkflowDefinition {
        let (definition, report) = WorkflowLoader.load(file: "review.yaml", text: Self.yaml)
        #expect(report.errors.isEmpty, "\(report.errors)")
        return try #require(definition)
    }

    @Test func guardsSeeTheFactsTheCallerHandsIn() throws {
        let definition = try definition()
        let now = Date(timeIntervalSince1970: 0)
        let unrated = try #require(definition.field("unrated"))
        let instance = Engine.start(definition, subject: "A-1", now: now).instance
        let reviewer = Actor(user: "r", role: "reviewer")
        let twoLeft = [FieldValue(field: FieldID(slot: unrated.slot, path: "unrated"), value: .int(2))]
        guard
            case .rejected(.guardFailed(_, let failures)) = Engine.step(
                definition, instance, event: EventInput("determine"), actor: reviewer, now: now,
                facts: twoLeft)
        else {
            Issue.record("two unrated standards must refuse the determination")
            return
        }
        #expect(failures.first?.values == [FieldReading(path: "unrated", value: .int(2))])
        let noneLeft = [FieldValue(field: FieldID(slot: unrated.slot, path: "unrated"), value: .int(0))]
        guard
            case .accepted(let step) = Engine.step(
                definition, instance, event: EventInput("determine"), actor: reviewer, now: now,
                facts: noneLeft)
        else {
            Issue.record("no unrated standard left must allow the determination")
            return
        }
        #expect(step.effects.first == .fieldSet(path: "unrated", old: .int(6), new: .int(0)))
        #expect(step.instance.isComplete)
    }

    @Test func derivedFieldsCannotBeSetByHand() throws {
        let definition = try definition()
        #expect(throws: EventDataError.derivedField("unrated")) {
            try definition.event("determine", assignments: [("unrated", "0")])
        }
    }

    @Test(arguments: [
        ("        guard: unrated == 0", "        accepts: [unrated]", 13),
        ("        guard: unrated == 0", "        effects:\n          - set: {unrated: 0}", 14),
    ])
    func eventsAndEffectsMayNotWriteADerivedField(original: String, replacement: String, line: Int) throws {
        let text = Self.yaml.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.yaml)
        let (definition, report) = WorkflowLoader.load(file: "review.yaml", text: text)
        #expect(definition == nil)
        let error = try #require(report.errors.first)
        #expect(error.code == .invalidValue)
        #expect(error.message.contains("\"unrated\" is a derived field"))
        #expect(error.location.line == line)
    }
}
