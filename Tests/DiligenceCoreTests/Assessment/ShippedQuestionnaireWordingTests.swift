import DiligenceCore
import DiligenceTestSupport
import Testing

/// The shipped questionnaires as the real standards have them (eTools' UNICEF 2020 standards
/// fixture, compared in QUESTIONNAIRES.md): the elements of each requirement, the evidence types
/// with "Other (please specify)" on every standard, and the Protocol paragraph references.
@Suite struct ShippedQuestionnaireWordingTests {
    @Test(arguments: ["psea-unicef-2020", "psea-common"])
    func everyStandardTakesOtherEvidenceWithADescription(id: String) throws {
        let questionnaire = try QuestionnaireFixtures.shipped(id)
        #expect(questionnaire.version == 2)
        for standard in questionnaire.standards {
            let other = try #require(standard.evidence.first { $0.id == "other" }, "\(standard.id)")
            #expect(other.label == "Other (please specify)" && other.requiresDescription, "\(standard.id)")
            #expect(standard.evidence.filter(\.requiresDescription).map(\.id) == ["other"], "\(standard.id)")
        }
    }

    @Test func theUNICEFStandardsCarryTheProtocolParagraphsAndEvidenceOfETools() throws {
        let unicef = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        #expect(
            unicef.standards.map(\.protocolReference) == [
                "UN Protocol (2018), para. 15 and A.4", "UN Protocol (2018), paras. 11, 15, A.1 and A.2",
                "UN Protocol (2018), para. 17 and A.5", "UN Protocol (2018), para. 19 and A.3",
                "UN Protocol (2018), para. 22.d", "UN Protocol (2018), paras. 20, 22.a and A.6",
            ])
        // As many evidence types per standard as eTools lists: {1,2,3,21}, {3,5,6,7}, {8,9,3,22},
        // {3,14,15,25,10}, {16,17,3,23}, {19,24,3,20}.
        #expect(unicef.standards.map(\.evidence.count) == [4, 4, 4, 5, 4, 4])
        let labels = Set(unicef.standards.flatMap(\.evidence).map(\.label))
        for label in [
            "Documentation of standard procedure", "Annual training plan", "Communication materials",
            "PSEA awareness-raising plan", "Written process for review of SEA allegations",
        ] {
            #expect(labels.contains(label), "\(label)")
        }
        #expect(unicef.standards[1].title == "Organizational management and HR systems")
    }

    @Test(arguments: ["psea-unicef-2020", "psea-common"])
    func theRequirementsKeepEveryElementOfTheRealStandards(id: String) throws {
        let questionnaire = try QuestionnaireFixtures.shipped(id)
        let text = questionnaire.standards.map(\.requirement).joined(separator: " ")
        for element in [
            "zero-tolerance", "suppliers", "prevent and respond", "prior",
            "involvement in sexual exploitation",
            "employment, privacy and data", "aligned with the UN's", "policy and procedures", "transparency",
            "if any",
        ] {
            #expect(text.contains(element), "\(id) lacks \"\(element)\"")
        }
        let content = try #require(questionnaire.question("training.content"))
        #expect(content.isRequired && content.text.contains("aligned with the UN's"))
    }
}
