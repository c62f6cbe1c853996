import DiligenceCore
import DiligenceImport
import DiligenceTestSupport
import Foundation
import Testing

/// The duty to investigate (C6) whose corrective action is stated only as a ground for
/// termination, in a list item that names no investigation: corrective measures where sexual
/// exploitation or abuse has occurred complete it from there, and the finding names both places;
/// an audit's corrective actions do not, in English, French and Spanish.
@Suite struct CorrectiveActionApartTests {
    static let fixtures = [
        ("corrective-apart-en.html", "en"), ("correctives-a-part-fr.html", "fr"),
        ("correctivas-aparte-es.html", "es"),
    ]

    func imported(_ name: String) throws -> AgreementDocument {
        try AgreementImporter().importFile(at: Repository.url("Tests/DiligenceImportTests/Fixtures/" + name))
    }

    func investigation(in document: AgreementDocument) throws -> ClauseFinding {
        let findings = ClauseDetector(catalogue: try CatalogueFixture.shipped()).findings(in: document)
        return try #require(findings.first { $0.clause == "C6" })
    }

    @Test(arguments: fixtures)
    func correctiveMeasuresWhereSexualAbuseOccurredCompleteTheDuty(name: String, language: String) throws {
        let finding = try investigation(in: try imported(name))
        #expect(finding.status == .present, "\(name): \(finding.explanation)")
        #expect(finding.missing == [])
        #expect(finding.matches.allSatisfy { $0.language == language }, "\(finding.matches)")
        // The duty to investigate is where the finding is; the corrective measures are in the
        // termination article's item (b), at their own line, not in the audit article.
        #expect(finding.paragraphNumber == "9.2")
        let duty = try #require(finding.location)
        let ground = try #require(finding.furtherLocations.first)
        #expect(finding.furtherLocations.count == 1)
        #expect(duty != ground)
        #expect(finding.place?.hasSuffix("\(duty), and \(ground)") == true, "\(finding.place ?? "-")")
        let corrective = try #require(finding.matches.first { $0.element == "corrective_action" })
        #expect(
            ["corrective measures", "mesure corrective", "medidas correctivas"].contains(corrective.matched))
        // The excerpt shows both passages; the long one with the termination's lead-in from a few
        // words before the corrective measures it adds, not from its "immediately".
        let passages = try #require(finding.excerpt?.components(separatedBy: " [...] "))
        #expect(passages.count == 2)
        #expect(passages.last?.hasPrefix("...") == true)
        #expect(
            [
                "corrective measures where sexual exploitation or sexual abuse",
                "mesure corrective face à des actes d",
                "medidas correctivas ante casos de explotación sexual",
            ].contains { passages.last?.contains($0) == true }, "\(passages.last ?? "-")")
        #expect(ClauseFinding(json: finding.json) == finding)
    }

    /// Without the termination article, the audit article's corrective actions are all the
    /// document has: they are no corrective action after sexual exploitation or abuse.
    @Test(arguments: fixtures)
    func anAuditsCorrectiveActionsDoNotCompleteIt(name: String, language: String) throws {
        var document = try imported(name)
        document.sections.removeAll { $0.number?.hasSuffix("12") == true }
        let finding = try investigation(in: document)
        #expect(finding.status == .partial, "\(name): \(finding.explanation)")
        #expect(finding.missing == ["corrective_action"])
        #expect(finding.furtherLocations == [])
        #expect(finding.matches.allSatisfy { $0.language == language })
    }

    /// Grounds for termination written inline in one sentence: the corrective measures of an
    /// audit in one item, sexual exploitation in the next; each item stands apart.
    @Test(arguments: [
        (
            "corrective-apart-en.html",
            "The Organization may terminate this Agreement if the Partner fails to take corrective measures on the findings of an audit; or if the personnel of the Partner engage in sexual exploitation or sexual abuse."
        ),
        (
            "correctives-a-part-fr.html",
            "L’Organisation peut résilier le présent accord si le Partenaire ne prend pas de mesures correctives après un audit ; ou si le personnel du Partenaire se livre à l’exploitation sexuelle ou à des abus sexuels."
        ),
        (
            "correctivas-aparte-es.html",
            "La Organización podrá rescindir el presente Acuerdo si el Socio no aplica medidas correctivas tras una auditoría; o si el personal del Socio incurre en explotación sexual o abuso sexual."
        ),
    ])
    func anotherItemOfTheSentenceNamingSexualAbuseDoesNotCompleteIt(name: String, grounds: String) throws {
        var document = try imported(name)
        let termination = try #require(document.sections.firstIndex { $0.number?.hasSuffix("12") == true })
        document.sections[termination].paragraphs = [AgreementParagraph(text: grounds, location: .line(40))]
        let finding = try investigation(in: document)
        #expect(finding.status == .partial, "\(name): \(finding.explanation)")
        #expect(finding.missing == ["corrective_action"])
    }
}
