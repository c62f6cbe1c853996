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

    @Test func boundPhrasesWithoutDutiesAreRefusedAtTheirLine() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en]
            clauses:
              - id: C4
                title: Training
                all_of:
                  - element: training
                    anchor: true
                    any_of: [train*]
                  - element: completion
                    any_of: [complete*]
                    bound_any_of: [attend]
            """)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == 12)
        #expect(error?.location.column == 23)
        #expect(error?.message.contains("the catalogue has no \"binding:\" with duties") == true)
    }

    @Test func boundPhrasesInALanguageWithoutDutiesAreRefused() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en, es]
            binding:
              duties: [shall]
            clauses:
              - id: C4
                title: Training
                all_of:
                  - element: training
                    anchor: true
                    any_of: [train*]
                  - element: completion
                    any_of: [complete*]
                    bound_any_of: {en: [attend], es: [asistir]}
            """)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == 14)
        #expect(
            error?.message.contains("bound_any_of phrases in es, but the binding duties have none") == true)
    }

    @Test func bindingWithoutDutiesIsRefused() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            binding:
              invitations: [may]
            clauses:
              - id: C4
                title: Training
                all_of:
                  - element: training
                    any_of: [train*]
            """)
        #expect(catalogue == nil)
        #expect(report.errors.first?.location.line == 3)
        #expect(report.errors.first?.message.contains("binding needs a \"duties:\" list") == true)
    }

    @Test func phrasesBesideWithoutPhrasesApartAreRefused() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en]
            clauses:
              - id: C6
                title: Investigation
                all_of:
                  - element: investigation
                    anchor: true
                    any_of: [investigat*]
                  - element: corrective_action
                    any_of: [corrective action*]
                    elsewhere_with_any_of: [sexual abuse]
            """)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == 12)
        #expect(error?.location.column == 32)
        #expect(
            error?.message.contains("add \"elsewhere_any_of\" or remove \"elsewhere_with_any_of\"") == true)
    }

    @Test func phrasesBesideMissingALanguageOfThePhrasesApartAreRefused() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en, fr]
            clauses:
              - id: C6
                title: Investigation
                all_of:
                  - element: investigation
                    anchor: true
                    any_of: [investigat*]
                  - element: corrective_action
                    any_of: [corrective action*]
                    elsewhere_any_of: {en: [corrective measure*], fr: [mesures correctives]}
                    elsewhere_with_any_of: {en: [sexual abuse]}
            """)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == 13)
        #expect(error?.message.contains("has no phrase in fr") == true)
    }
}
