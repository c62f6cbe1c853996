import DiligenceCore
import DiligenceImport
import DiligenceTestSupport
import Foundation
import Testing

/// A clause whose elements stand in different articles of one agreement, as general terms are
/// drafted: the records kept in one article, the personal data of the people assisted protected
/// in another. The finding joins both passages and says where each is, in English, French and
/// Spanish.
@Suite struct ClauseApartTests {
    static let fixtures = [
        ("records-apart-en.html", "en"), ("registres-a-part-fr.html", "fr"),
        ("registros-aparte-es.html", "es"),
    ]

    func imported(_ name: String) throws -> AgreementDocument {
        try AgreementImporter().importFile(at: Repository.url("Tests/DiligenceImportTests/Fixtures/" + name))
    }

    func recordKeeping(in document: AgreementDocument) throws -> ClauseFinding {
        let findings = ClauseDetector(catalogue: try CatalogueFixture.shipped()).findings(in: document)
        return try #require(findings.first { $0.clause == "C14" })
    }

    @Test(arguments: fixtures)
    func recordsInOneArticleAndPersonalDataInAnotherMakeTheClause(name: String, language: String) throws {
        let finding = try recordKeeping(in: try imported(name))
        #expect(finding.status == .present, "\(name): \(finding.explanation)")
        #expect(finding.missing == [])
        #expect(finding.matches.allSatisfy { $0.language == language }, "\(finding.matches)")
        // The passage with the records is where the finding is; the personal data is in the
        // article after it, at its own line.
        #expect(finding.paragraphNumber == "6.1")
        #expect(finding.furtherLocations.count == 1)
        let records = try #require(finding.location)
        let data = try #require(finding.furtherLocations.first)
        #expect(records != data)
        #expect(finding.place?.hasSuffix("\(records), and \(data)") == true, "\(finding.place ?? "-")")
        let protection = try #require(finding.matches.first { $0.element == "data_protection" })
        #expect(["personal data", "donnees personnelles", "datos personales"].contains(protection.matched))
        // The excerpt shows both passages; the long one about personal data from a few words
        // before its phrase, so the phrase is in it.
        let passages = try #require(finding.excerpt?.components(separatedBy: " [...] "))
        #expect(passages.count == 2)
        #expect(passages.last?.hasPrefix("...") == true)
        #expect(
            ["personal data", "données personnelles", "datos personales"].contains {
                passages.last?.contains($0) == true
            }, "\(passages.last ?? "-")")
        // The further places are kept with the finding in the agreement's record.
        #expect(ClauseFinding(json: finding.json) == finding)
    }

    /// A document of two articles: `records` in the first, `data` in the second.
    func twoArticles(_ records: String, _ data: String) -> AgreementDocument {
        AgreementDocument(
            format: .html,
            sections: [
                AgreementSection(
                    heading: "Records", number: "4",
                    paragraphs: [AgreementParagraph(text: records, location: .line(2))]),
                AgreementSection(
                    heading: "Data", number: "8",
                    paragraphs: [AgreementParagraph(text: data, location: .line(9))]),
            ])
    }

    /// Books required to be up to date are kept records; parties keeping each other informed of
    /// the "Programme Documents" (a defined term) keep no records.
    @Test(arguments: [
        (
            "The Partner's books and records are accurate, complete and up to date.",
            "The Parties keep each other informed of the Programme Documents.",
            "Personal data of the people assisted is used only for the programme."
        ),
        (
            "Les livres comptables du Partenaire sont exacts, complets et à jour.",
            "Les Parties se tiennent informées des Documents du Programme et doivent tenir compte des Documents.",
            "Les données personnelles des personnes assistées servent uniquement au programme."
        ),
        (
            "Los libros contables del Socio son exactos, completos y actualizados.",
            "Las Partes se mantendrán informadas de los Documentos de Programa.",
            "Los datos personales de las personas asistidas se utilizan solo para el programa."
        ),
    ])
    func booksKeptUpToDateAreRecordsAndProgrammeDocumentsAreNot(
        upToDate: String, programmeDocuments: String, data: String
    ) throws {
        let kept = try recordKeeping(in: twoArticles(upToDate, data))
        #expect(kept.status == .present, "\(kept.explanation)")
        #expect(kept.location == .line(2))
        #expect(kept.furtherLocations == [.line(9)])
        let informed = try recordKeeping(in: twoArticles(programmeDocuments, data))
        #expect(informed.status == .absent, "\(informed.explanation)")
    }

    /// A scan's finding is as sure as the least sure of its passages, the one apart included.
    @Test func theOCRConfidenceIsTheLowestOfBothPassages() throws {
        var document = twoArticles(
            "The Partner shall keep complete records of its expenditure.",
            "Personal data of the people assisted is used only for the programme.")
        document.sections[0].paragraphs[0].ocrConfidence = 95
        document.sections[1].paragraphs[0].ocrConfidence = 62
        let finding = try recordKeeping(in: document)
        #expect(finding.status == .present)
        #expect(finding.ocrConfidence == 62)
        #expect(finding.place?.contains("read by OCR, confidence 62%") == true)
    }

    /// Confidential reporting of allegations, or information marked confidential, is no data
    /// protection: without the article on personal data the clause stays partial.
    @Test(arguments: fixtures)
    func confidentialReportingIsNoDataProtection(name: String, language: String) throws {
        var document = try imported(name)
        document.sections.removeAll { $0.heading?.hasPrefix("Confiden") == true }
        let finding = try recordKeeping(in: document)
        #expect(finding.status == .partial, "\(name): \(finding.explanation)")
        #expect(finding.missing == ["data_protection"])
        #expect(finding.furtherLocations == [])
        #expect(finding.matches.allSatisfy { $0.language == language })
    }
}
