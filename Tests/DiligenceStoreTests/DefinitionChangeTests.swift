import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@Suite struct DefinitionChangeTests {
    @Test func aCompatibleChangeIsFollowedAndRecorded() throws {
        let temporary = try TemporaryStore()
        let original = StoreFixtures.definitions()
        try temporary.store.registerPartnerA(original)
        let edited = StoreFixtures.definitions(
            lifecycle: StoreFixtures.lifecycleText + "\n# a comment added later\n")
        let result = try temporary.store.startAssessmentOfA(edited, now: StoreFixtures.days(1))
        let originalHash = try #require(original.workflows["partner-lifecycle"]?.hash)
        #expect(result.changedFrom == originalHash)
        #expect(
            try temporary.store.instance("P-0001").definitionHash
                == edited.workflows["partner-lifecycle"]?.hash)
        #expect(
            try temporary.store.history("P-0001").last?.outcome["definition_changed_from"]
                == .string(originalHash))
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aRemovedStateStopsCommandsWithAClearMessage() throws {
        let temporary = try TemporaryStore()
        let original = StoreFixtures.definitions()
        try temporary.store.registerPartnerA(original)
        let renamed = StoreFixtures.lifecycleText
            .replacingOccurrences(of: "initial: registered", with: "initial: listed")
            .replacingOccurrences(of: "  registered:\n", with: "  listed:\n")
        let edited = StoreFixtures.definitions(lifecycle: renamed)
        #expect(edited.report.isValid)
        do {
            try temporary.store.startAssessmentOfA(edited, now: StoreFixtures.days(1))
            Issue.record("the command should fail")
        } catch {
            guard case .definitionIncompatible = error else {
                Issue.record("expected definitionIncompatible, got \(error)")
                return
            }
            #expect(error.detail.contains("\"registered\", which the workflow file no longer has"))
        }
        #expect(try temporary.store.history("P-0001").count == 1)
    }
}
