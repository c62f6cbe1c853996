import DiligenceCore
import Testing

@Suite struct SuggestionTests {
    @Test func suggestsTheClosestNameForATypo() {
        #expect(Suggestion.closest(to: "intial", among: ["initial", "states"]) == "initial")
        #expect(Suggestion.closest(to: "tpye", among: ["type", "states"]) == "type")
        #expect(Suggestion.closest(to: "Target", among: ["target"]) == "target")
    }

    @Test func suggestsNothingWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "colour", among: ["workflow", "roles", "states"]) == nil)
        #expect(Suggestion.closest(to: "x", among: []) == nil)
    }
}
