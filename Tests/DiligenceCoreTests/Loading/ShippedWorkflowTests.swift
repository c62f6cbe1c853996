import DiligenceCore
import DiligenceTestSupport
import Testing

@Suite struct ShippedWorkflowTests {
    @Test func partnerLifecycleLoadsWithoutErrors() throws {
        let path = "Workflows/partner-lifecycle.yaml"
        let text = try Repository.text(path)
        let (definition, report) = WorkflowLoader.load(file: path, text: text)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let workflow = try #require(definition)
        #expect(workflow.id == "partner-lifecycle")
        #expect(workflow.subject == "partner")
        #expect(workflow.hash == ContentHash.sha256(text))
        #expect(workflow.hash.count == 64)
        #expect(workflow.state("engagement")?.kind == .parallel)
        #expect(workflow.state("closed")?.kind == .final)
        #expect(
            workflow.path(of: try #require(workflow.state("clauses_pending")).index)
                == "engagement/agreement/clauses_pending")
        #expect(workflow.events.contains("complete_assessment"))
    }

    @Test func hashIsSHA256OfTheText() {
        #expect(
            ContentHash.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
