import DiligenceTestSupport
import Testing

@testable import DiligenceCore

/// Personnel trained on PSEA (C4) as a duty or as an invitation, on the shipped catalogue: an
/// obligation on the partner to have its personnel attend PSEA training is a duty that they are
/// trained (DOMAIN.md, core standard 3: all personnel trained, evidenced by attendance sheets);
/// personnel encouraged or invited to attend, or who may attend, are not bound to be trained.
@Suite struct ClauseBindingTests {
    let detector: ClauseDetector

    init() throws {
        let path = "Assessments/agreement-clauses.yaml"
        let (catalogue, report) = ClauseCatalogueLoader.load(file: path, text: try Repository.text(path))
        detector = ClauseDetector(catalogue: try #require(catalogue, "\(report.errors)"))
    }

    func training(_ text: String) throws -> ClauseFinding {
        try #require(detector.findings(in: .psea([text])).first { $0.clause == "C4" })
    }

    @Test(arguments: [
        "The Partner shall ensure that its personnel attend training on the prevention of sexual exploitation and abuse.",
        "All personnel must attend training on sexual exploitation and abuse.",
        "The Partner shall ensure that all its staff (volunteers included) are trained on PSEA.",
        "The Partner will require its employees to take part in awareness sessions on sexual exploitation and abuse.",
        "Le Partenaire doit s’assurer que son personnel assiste à une formation sur la prévention de l’exploitation et des abus sexuels.",
        "Le Partenaire veille à ce que tout son personnel participe à des séances de sensibilisation sur l’exploitation sexuelle.",
        "Les employés du Partenaire sont tenus de suivre une formation sur les abus sexuels.",
        "El Socio velará por que todo su personal participe en una capacitación sobre la prevención de la explotación sexual.",
        "El Socio exigirá que su personal asista a sesiones de sensibilización sobre explotación y abuso sexual.",
        "Los empleados del Socio deberán recibir formación sobre abuso sexual.",
    ])
    func aDutyToHavePersonnelAttendTrainingIsTraining(text: String) throws {
        let finding = try training(text)
        #expect(finding.status == .present, "\(text): \(finding.explanation)")
        let completion = try #require(finding.matches.first { $0.element == "completion_and_renewal" })
        #expect(!completion.matched.isEmpty)
    }

    @Test(arguments: [
        "Personnel are encouraged to attend training on the prevention of sexual exploitation and abuse.",
        "Personnel may attend training on sexual exploitation and abuse.",
        "The Partner shall ensure that its personnel can attend training on sexual exploitation and abuse.",
        "Personnel are not required to attend training on sexual exploitation and abuse.",
        "The Partner shall keep a list of courses; personnel attend training on sexual exploitation and abuse.",
        "Personnel attend training on sexual exploitation and abuse.",
        "Le personnel est invité à suivre une formation sur l’exploitation et les abus sexuels.",
        "Les employés peuvent assister à une formation sur l’exploitation sexuelle.",
        "Le personnel n’est pas tenu de participer à une formation sur l’exploitation sexuelle.",
        "El personal puede asistir a cursos de capacitación sobre explotación y abuso sexual.",
        "Se invita al personal a participar en una capacitación sobre la explotación sexual.",
        "El personal no está obligado a asistir a cursos sobre abuso sexual.",
    ])
    func anInvitationToAttendTrainingIsPartialAtMost(text: String) throws {
        let finding = try training(text)
        #expect(finding.status == .partial, "\(text): \(finding.explanation)")
        #expect(finding.missing == ["completion_and_renewal"])
    }
}
