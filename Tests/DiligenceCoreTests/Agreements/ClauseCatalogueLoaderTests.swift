import DiligenceTestSupport
import Foundation
import Testing

@testable import DiligenceCore

/// The clause catalogue loader: the shipped file, each error at its line, the schema in step.
@Suite struct ClauseCatalogueLoaderTests {
    func load(_ text: String) -> (ClauseCatalogue?, DefinitionReport) {
        ClauseCatalogueLoader.load(file: "c.yaml", text: text)
    }

    @Test func shippedCatalogueHasTheFifteenClauses() throws {
        let path = "Assessments/agreement-clauses.yaml"
        let set = DefinitionSet(files: [
            .init(path: path, text: try Repository.text(path), folder: .assessments)
        ])
        #expect(set.report.errors.isEmpty)
        let catalogue = try #require(set.clauseCatalogue)
        #expect(catalogue.clauses.map(\.id) == (1...15).map { "C\($0)" })
        #expect(catalogue.clauses.filter(\.mandatory).count == 13)
        #expect(
            Set(catalogue.clauses.flatMap(\.elements).flatMap(\.phrases).map(\.language)) == [
                "en", "fr", "es",
            ])
    }

    @Test func reportsEachProblemAtItsLine() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en, eng]
            clauses:
              - id: C1
                title: One
                window: 2
                all_of:
                  - element: a
                    any_of: [accept*]
              - id: C1
                title: Again
                all_of:
                  - element: a
                    any_of:
                      de: [akzeptieren]
              - id: X2
                windw: 2
                all_of:
                  - element: b
                    any_of: []
            """)
        #expect(catalogue == nil)
        let found = report.errors.map { "\($0.location.line) \($0.code)" }
        #expect(found.contains("2 invalid-value"))
        #expect(found.contains("17 unknown-key"))
        #expect(found.contains("10 duplicate-id"))
        #expect(found.contains("16 invalid-value"))
        #expect(found.contains("20 invalid-value"))
        #expect(
            report.errors.first { $0.location.line == 17 }?.message.contains("did you mean \"window\"")
                == true)
        #expect(
            report.errors.first { $0.location.line == 2 }?.message.contains("did you mean \"en\"") == true)
    }

    @Test func reportsEachNegationProblemAtItsLineAndColumn() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en, fr]
            negation:
              reach: 40
              cues:
                en: [not, "re*port"]
              scope_end: [but]
            clauses:
              - id: C1
                title: One
                all_of:
                  - element: a
                    negatable: perhaps
                    any_of: [report*]
                  - element: b
                    negatable: true
                    any_of:
                      fr: [signaler]
            """)
        #expect(catalogue == nil)
        let found = report.errors.map { "\($0.location.line):\($0.location.column) \($0.code)" }
        #expect(found.contains("4:10 invalid-value"), "\(found)")
        #expect(found.contains("6:15 invalid-value"), "\(found)")
        #expect(found.contains("7:3 unknown-key"), "\(found)")
        #expect(found.contains("13:20 wrong-type"), "\(found)")
        #expect(found.contains("16:20 invalid-value"), "\(found)")
        let messages = report.errors.map(\.message)
        #expect(messages.contains { $0.contains("reach 40 must be a number of words from 0 to 12") })
        #expect(messages.contains { $0.contains("did you mean \"scope_ends\"") })
        #expect(
            messages.contains {
                $0.contains(
                    "the element \"b\" of clause C1 is negatable, but the negation cues have no phrase in fr")
            })
    }

    @Test func aNegatableElementNeedsNegationCues() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            clauses:
              - id: C1
                title: One
                all_of:
                  - element: a
                    negatable: true
                    any_of: [report*]
            """)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == 7)
        #expect(error?.message.contains("the catalogue has no \"negation:\" with cues") == true)
    }

    @Test func shippedCatalogueNegatesDutiesNotProhibitions() throws {
        let path = "Assessments/agreement-clauses.yaml"
        let (loaded, _) = load(try Repository.text(path))
        let catalogue = try #require(loaded)
        #expect(catalogue.negation.cues.contains(ClausePhrase("not")))
        #expect(Set(catalogue.negation.cues.map(\.language)) == ["en", "fr", "es"])
        func negatable(_ clause: String) -> [String] {
            catalogue.clause(clause)?.elements.filter(\.negatable).map(\.name) ?? []
        }
        #expect(negatable("C5") == ["reporting"])
        #expect(negatable("C7") == ["assistance"])
        #expect(negatable("C12") == ["survival"])
        #expect(negatable("C2") == [])
        #expect(negatable("C10") == [])
    }

    @Test func anAnchorFoundAnywhereInTheSectionIsRefusedAtItsLine() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en]
            clauses:
              - id: C12
                title: Survival
                window: section
                all_of:
                  - element: survival
                    anchor: true
                    in_section: true
                    any_of: [surviv*]
            """)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == 10)
        #expect(error?.message.contains("is an anchor, which must be in the passage itself") == true)
    }

    @Test func anAnchorFoundElsewhereInTheDocumentIsRefusedAtItsLineAndColumn() {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en]
            clauses:
              - id: C14
                title: Records
                all_of:
                  - element: records
                    anchor: true
                    any_of: [record*]
                    elsewhere_any_of: [personal records]
            """)
        #expect(catalogue == nil)
        let error = report.errors.first
        #expect(error?.location.line == 10)
        #expect(error?.location.column == 27)
        #expect(error?.message.contains("the element \"records\" of clause C14 is an anchor") == true)
        #expect(error?.message.contains("remove \"elsewhere_any_of\" or \"anchor\"") == true)
    }

    @Test func phrasesFoundElsewhereAreMarkedAndAddedToTheElement() throws {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en, fr]
            clauses:
              - id: C14
                title: Records
                all_of:
                  - element: records
                    anchor: true
                    any_of: [record*]
                  - element: data_protection
                    any_of: {en: [confidential*, personal data], fr: [confidenti*]}
                    elsewhere_any_of: {en: [personal data], fr: [donnees personnelles]}
            """)
        #expect(report.errors.isEmpty)
        let phrases = try #require(catalogue?.clauses.first?.elements.last?.phrases)
        #expect(
            phrases.map(\.text) == ["confidential*", "personal data", "confidenti*", "donnees personnelles"])
        #expect(phrases.map(\.elsewhere) == [false, true, false, true])
        #expect(phrases.last?.language == "fr")
        #expect(catalogue?.clauses.first?.elements.first?.phrases.contains(where: \.elsewhere) == false)
    }

    @Test func aSectionWindowAndConditionsLoad() throws {
        let (catalogue, report) = load(
            """
            clause_catalogue: test
            languages: [en, fr]
            negation:
              cues: {en: [not], fr: [ne, pas]}
              conditions: {en: [if], fr: [si]}
            clauses:
              - id: C2
                title: Prohibition
                window: section
                all_of:
                  - element: prohibition
                    anchor: true
                    any_of: {en: [prohibit*], fr: [interdit*]}
                  - element: topic
                    in_section: true
                    any_of: {en: [sexual exploitation], fr: [exploitation sexuelle]}
            """)
        #expect(report.errors.isEmpty)
        let loaded = try #require(catalogue)
        #expect(loaded.clauses[0].window == .section)
        #expect(loaded.clauses[0].elements[1].inSection)
        #expect(loaded.negation.conditions.map(\.text) == ["if", "si"])
    }

    @Test func schemaNamesTheKeysTheLoaderAccepts() throws {
        let data = try Data(contentsOf: Repository.url("Assessments/clause-catalogue.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func keys(_ object: Any?) -> Set<String> {
            Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        }
        let defs = try #require(schema["$defs"] as? [String: Any])
        #expect(keys(schema) == Set(ClauseCatalogueLoader.topKeys))
        #expect(keys(defs["clause"]) == Set(ClauseCatalogueLoader.clauseKeys))
        #expect(keys(defs["element"]) == Set(ClauseCatalogueLoader.elementKeys))
        #expect(keys(defs["negation"]) == Set(ClauseCatalogueLoader.negationKeys))
        #expect(keys(defs["binding"]) == Set(ClauseCatalogueLoader.bindingKeys))
        let languages = (defs["language"] as? [String: Any])?["enum"] as? [String]
        #expect(languages == ClauseCatalogueLoader.knownLanguages)
    }
}
