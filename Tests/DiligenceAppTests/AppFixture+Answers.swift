import DiligenceApp
import DiligenceCore
import DiligenceStore
import Testing

extension AppFixture {
    /// Answers `policy.exists` of assessment `id` as `actor`: refused, with nothing written.
    func expectAnswerRefused(
        _ id: String, by actor: AuthenticatedActor, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws {
        let rows = try logRows()
        await #expect(throws: StoreError.self, sourceLocation: sourceLocation) {
            try await self.service.answer(
                id,
                rows: [AnswerSheetRow(place: "web", question: "policy.exists", answer: Answer(value: "yes"))],
                by: actor)
        }
        #expect(try logRows() == rows, sourceLocation: sourceLocation)
    }
}
