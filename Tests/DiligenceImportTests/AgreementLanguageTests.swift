import DiligenceCore
import DiligenceImport
import DiligenceTestSupport
import Foundation
import Testing

/// Agreements as agencies write them: long lettered articles, termination grounds worded as
/// conditions, general survival and representations clauses, French, Spanish and bilingual
/// documents; each finding in the language of its passage, and the document's language told.
@Suite struct AgreementLanguageTests {
    let importer = AgreementImporter()

    func findings(_ name: String) throws -> (AgreementDocument, [String: ClauseFinding]) {
        let document = try importer.importFile(
            at: Repository.url("Tests/DiligenceImportTests/Fixtures/" + name))
        let found = ClauseDetector(catalogue: try CatalogueFixture.shipped()).findings(in: document)
        return (document, Dictionary(uniqueKeysWithValues: found.map { ($0.clause, $0) }))
    }

    @Test func obligationsInsideALongLetteredArticleAreFound() throws {
        let (_, found) = try findings("lettered-article-en.html")
        // The definitions follow the prohibition in its article, as list items.
        #expect(found["C2"]?.status == .present)
        // Investigation, keeping informed and corrective action are spread over 9.2 and 12.1(b);
        // "if the Partner fails to investigate" is a ground for termination, not a negated duty.
        #expect(found["C6"]?.status == .present)
        #expect(found["C6"]?.excerpt?.contains("[...]") == true)
        // The lead-in "in each of the following situations:" is read with item (b).
        #expect(found["C11"]?.status == .present)
        #expect(found["C11"]?.paragraphNumber == "b")
        // Survival in the SEA article counts; the indemnity article's survival clause does not.
        #expect(found["C12"]?.status == .present)
        #expect(found["C12"]?.sectionNumber == "Article 9")
    }

    @Test func aBriberyCodeOrARepresentationsClauseIsNoPSEAClause() throws {
        let (_, found) = try findings("bribery-code-en.html")
        #expect(found["C1"]?.status != .present)
        #expect(found["C15"]?.status != .present)
        #expect(found.values.allSatisfy { $0.status != .present })
    }

    @Test func frenchGeneralTermsAreReadInFrench() throws {
        let (document, found) = try findings("accord-general-fr.html")
        #expect(AgreementLanguage.detect(document).description == "fr")
        for clause in ["C2", "C5", "C6", "C11"] {
            #expect(found[clause]?.status == .present, "\(clause): \(found[clause]?.explanation ?? "-")")
            #expect(found[clause]?.matches.allSatisfy { $0.language == "fr" } == true)
        }
    }

    @Test func aFrenchNegationCancelsTheDutyOnlyWhereItStands() throws {
        let catalogue = try CatalogueFixture.shipped()
        let document = AgreementDocument(
            format: .html,
            sections: [
                AgreementSection(
                    heading: "Signalement",
                    paragraphs: [
                        AgreementParagraph(
                            text:
                                "Le partenaire n’est pas tenu de signaler les allégations d’exploitation sexuelle sans délai et de manière confidentielle.",
                            location: .line(3))
                    ])
            ])
        let report = try #require(
            ClauseDetector(catalogue: catalogue).findings(in: document).first { $0.clause == "C5" })
        #expect(report.status == .absent)
        #expect(report.negation != nil)
    }

    @Test func spanishGeneralTermsAreReadInSpanish() throws {
        let (document, found) = try findings("acuerdo-general-es.html")
        #expect(AgreementLanguage.detect(document).description == "es")
        for clause in ["C2", "C5", "C6", "C11"] {
            #expect(found[clause]?.status == .present, "\(clause): \(found[clause]?.explanation ?? "-")")
            #expect(found[clause]?.matches.allSatisfy { $0.language == "es" } == true)
        }
    }

    /// Reporting and investigating as drafters also word them: "dénoncer au plus vite",
    /// "investiguer dans les plus brefs délais", "mesures correctionnelles"; "dar cuenta a la
    /// brevedad", "indagar cuanto antes", "medidas correctoras"; "as quickly as possible".
    @Test(arguments: [
        ("reporting-variants-en.html", "en"), ("signalement-variantes-fr.html", "fr"),
        ("denuncia-variantes-es.html", "es"),
    ])
    func reportingAndInvestigatingAsDraftersAlsoWordThem(name: String, language: String) throws {
        let (_, found) = try findings(name)
        for (clause, item) in [("C5", "9.4"), ("C6", "9.5")] {
            let finding = try #require(found[clause])
            #expect(finding.status == .present, "\(name) \(clause): \(finding.explanation)")
            #expect(finding.paragraphNumber == item, "\(name) \(clause): \(finding.explanation)")
            #expect(finding.matches.allSatisfy { $0.language == language })
        }
    }

    @Test func aBilingualDocumentIsReadInBothLanguages() throws {
        let (document, found) = try findings("bilingual-en-fr.html")
        let language = AgreementLanguage.detect(document)
        #expect(Set(language.languages) == ["en", "fr"])
        #expect(found["C5"]?.status == .present)
        #expect(found["C11"]?.status == .present)
    }
}
