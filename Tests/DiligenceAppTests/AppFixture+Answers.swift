import DiligenceApp
import DiligenceCore
import DiligenceStore
import Testing

extension AppFixture {
    /// Starts an assessment of `partner` on `psea-common` as amina, the programme officer, with the
    /// fixture's definitions; returns its id.
    func startedAssessment(of partner: String) throws -> String {
        try store.startAssessment(
            partner: partner, questionnaire: "psea-common",
            actor: Actor(user: "amina", role: "programme_officer"),
            definitions: AppFixture.definitions, now: now)
    }

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
