import DiligenceCore
import DiligenceTestSupport
import Testing

/// The record kinds: distinct subjects and id prefixes, and every name they read present in the
/// shipped workflow of their kind.
@Suite struct RecordKindTests {
    @Test func subjectsAndPrefixesAreDistinct() {
        #expect(Set(RecordKind.all.map(\.subject)).count == RecordKind.all.count)
        #expect(Set(RecordKind.all.map(\.idPrefix)).count == RecordKind.all.count)
        #expect(RecordKind.named("assessment") == AssessmentKind.kind)
        #expect(RecordKind.named("contract") == nil)
    }

    @Test(arguments: RecordKind.all)
    func theShippedWorkflowHasEveryName(_ kind: RecordKind) throws {
        let set = try ShippedDefinitions.set()
        let workflow = try #require(set.workflow(forSubject: kind.subject), "no workflow runs \(kind)")
        #expect(!kind.names.isEmpty)
        for name in kind.names {
            #expect(name.problem(in: workflow) == nil, "\(kind): \(name.problem(in: workflow) ?? "")")
        }
    }

    @Test func aMissingNameIsToldByItsPart() throws {
        let workflow = try #require(ShippedDefinitions.set().workflow(forSubject: "allegation"))
        #expect(
            WorkflowName.state("triage", readFor: "x").problem(in: workflow)
                == "has no state triage, which diligence reads for x")
        #expect(
            WorkflowName.event("archive", readFor: "x").problem(in: workflow)
                == "handles no event archive, which diligence sends for x")
        #expect(
            WorkflowName.field("severity", readFor: "x").problem(in: workflow)
                == "has no field severity, which diligence reads for x")
        #expect(
            WorkflowName.field("outcome", value: "proven", readFor: "x").problem(in: workflow)
                == "its field outcome has no value proven, which diligence reads for x")
        #expect(
            WorkflowName.field("outcome", value: "substantiated", readFor: "x").problem(in: workflow) == nil)
        #expect(WorkflowName.state("case", readFor: "x").problem(in: workflow) == nil)
    }
}
