import DiligenceCore
import DiligenceTestSupport
import Testing

/// A workflow's derived fields must be facts diligence computes for its kind of record, with the
/// type diligence computes them as; `diligence check` names the field's line and column otherwise.
@Suite struct DerivedFieldCheckTests {
    /// A partner workflow declaring `fields` (YAML lines at two spaces, starting at line 8).
    static func partnerWorkflow(_ fields: String) -> String {
        """
        workflow: lifecycle
        version: 1
        title: A lifecycle
        subject: partner
        roles:
          programme_officer: Advances partners.
        fields:
        \(fields)
        initial: registered
        states:
          registered:
            on:
              - event: engage
                target: engaged
                roles: [programme_officer]
                guard: open_red_flags == 0
          engaged:
            type: final
        """
    }

    func errors(_ text: String) -> [DefinitionError] {
        DefinitionSet(files: [.init(path: "Workflows/lifecycle.yaml", text: text, folder: .workflows)])
            .report.errors
    }

    @Test func theShippedLifecycleDeclaresOnlyComputedFacts() throws {
        let text = try Repository.text("Workflows/partner-lifecycle.yaml")
        #expect(errors(text).isEmpty, "\(errors(text))")
    }

    @Test func aFactDiligenceDoesNotComputeIsNamedWithAHint() throws {
        let found = errors(
            Self.partnerWorkflow(
                """
                  open_red_flags: {type: int, derived: true}
                  open_red_flag_count: {type: int, derived: true}
                """))
        let error = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(error.code == .unknownField)
        #expect(error.location.file == "Workflows/lifecycle.yaml")
        #expect(error.location.line == 9 && error.location.column == 3, "\(error.location)")
        #expect(error.message.contains("\"open_red_flag_count\""), "\(error.message)")
        #expect(error.message.contains("did you mean open_red_flags?"), "\(error.message)")
    }

    @Test func aFactDeclaredWithAnotherTypeIsRefused() throws {
        let found = errors(
            Self.partnerWorkflow(
                """
                  open_red_flags: {type: int, derived: true}
                  agreement_cleared: {type: int, derived: true}
                """))
        let error = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(error.code == .wrongType)
        #expect(error.location.line == 9)
        #expect(error.message.contains("computed as"), "\(error.message)")
    }

    @Test func aCapacityEnumMissingAStatusIsRefused() throws {
        let found = errors(
            Self.partnerWorkflow(
                """
                  open_red_flags: {type: int, derived: true}
                  capacity_level: {type: enum, values: [full, medium, low, none], derived: true}
                """))
        let error = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(error.code == .wrongType)
        #expect(error.location.line == 9)
    }

    @Test func aFieldThatIsNotDerivedIsNotChecked() throws {
        let found = errors(
            Self.partnerWorkflow(
                """
                  open_red_flags: {type: int, derived: true}
                  anything_else: {type: string}
                """))
        #expect(found.isEmpty, "\(found)")
    }
}
