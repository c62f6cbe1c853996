import Testing

@testable import DiligenceCore

/// The loader's `binding:`, `bound_any_of` and `elsewhere_with_any_of`: what loads, and each
/// mistake refused at its line and column in the catalogue author's words.
@Suite struct ClauseCatalogueBindingLoaderTests {
    func load(_ text: String) -> (ClauseCatalogue?, DefinitionReport) {
        ClauseCatalogueLoader.load(file: "c.yaml", text: text)
    }

    @Test func boundPhrasesDutiesAndPhrasesBesideLoad() throws {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en, fr]
            binding:
              duties: {en: [shall, ensure*], fr: [doit]}
              invitations: {en: [may], fr: [peut]}
            clauses:
              - id: C4
                title: Training
                all_of:
                  - element: training
                    anchor: true
                    any_of: [train*]
                  - element: completion
                    any_of: {en: [complete*, attend], fr: [achev*]}
                    bound_any_of: {en: [attend], fr: [suivre]}
              - id: C6
                title: Investigation
                all_of:
                  - element: investigation
                    anchor: true
                    any_of: [investigat*]
                  - element: corrective_action
                    any_of: [corrective action*]
                    elsewhere_any_of: [corrective measure*]
                    elsewhere_with_any_of: [sexual abuse]
            """)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let loaded = try #require(catalogue)
        #expect(loaded.binding.duties.map(\.text) == ["shall", "ensure*", "doit"])
        #expect(loaded.binding.invitations.map(\.language) == ["en", "fr"])
        let completion = loaded.clauses[0].elements[1].phrases
        #expect(completion.map(\.text) == ["complete*", "attend", "achev*", "suivre"])
        #expect(completion.map(\.bound) == [false, true, false, true])
        let corrective = loaded.clauses[1].elements[1]
        #expect(corrective.phrases.map(\.elsewhere) == [false, true])
        #expect(corrective.elsewhereWith.map(\.text) == ["sexual abuse"])
        #expect(loaded.clauses[0].elements[1].elsewhereWith.isEmpty)
    }

    /// A catalogue with one mistake, where it is and what the author is told.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int
        var column: Int?
        var message: String
        var testDescription: String { name }
    }

    /// An investigation clause whose corrective action has the lines `corrective`.
    static func investigation(languages: String, corrective: String) -> String {
        """
        clause_catalogue: test
        languages: \(languages)
        clauses:
          - id: C6
            title: Investigation
            all_of:
              - element: investigation
                anchor: true
                any_of: [investigat*]
              - element: corrective_action
                any_of: [corrective action*]
        \(corrective)
        """
    }

    /// A training clause in `languages`, with `binding` before its clauses and its completion
    /// phrases bound by `bound`.
    static func training(languages: String, binding: String, bound: String) -> String {
        """
        clause_catalogue: test
        languages: \(languages)\(binding)
        clauses:
          - id: C4
            title: Training
            all_of:
              - element: training
                anchor: true
                any_of: [train*]
              - element: completion
                any_of: [complete*]
                bound_any_of: \(bound)
        """
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "bound phrases without duties",
            text: training(languages: "[en]", binding: "", bound: "[attend]"), line: 12, column: 23,
            message: "the catalogue has no \"binding:\" with duties"),
        Mistake(
            name: "bound phrases in a language without duties",
            text: training(
                languages: "[en, es]", binding: "\nbinding:\n  duties: [shall]",
                bound: "{en: [attend], es: [asistir]}"),
            line: 14, column: nil, message: "bound_any_of phrases in es, but the binding duties have none"),
        Mistake(
            name: "binding without duties",
            text: """
                clause_catalogue: test
                binding:
                  invitations: [may]
                clauses:
                  - id: C4
                    title: Training
                    all_of:
                      - element: training
                        any_of: [train*]
                """, line: 3, column: nil, message: "binding needs a \"duties:\" list"),
        Mistake(
            name: "phrases beside without phrases apart",
            text: investigation(
                languages: "[en]", corrective: "        elsewhere_with_any_of: [sexual abuse]"),
            line: 12, column: 32, message: "add \"elsewhere_any_of\" or remove \"elsewhere_with_any_of\""),
        Mistake(
            name: "phrases beside missing a language of the phrases apart",
            text: investigation(
                languages: "[en, fr]",
                corrective: """
                            elsewhere_any_of: {en: [corrective measure*], fr: [mesures correctives]}
                            elsewhere_with_any_of: {en: [sexual abuse]}
                    """), line: 13, column: nil, message: "has no phrase in fr"),
    ]

    @Test(arguments: mistakes)
    func eachMistakeIsRefusedAtItsPlace(_ mistake: Mistake) {
        let (catalogue, report) = load(mistake.text)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == mistake.line, "\(report.errors)")
        if let column = mistake.column { #expect(error?.location.column == column, "\(report.errors)") }
        #expect(error?.message.contains(mistake.message) == true, "\(report.errors)")
    }
}
