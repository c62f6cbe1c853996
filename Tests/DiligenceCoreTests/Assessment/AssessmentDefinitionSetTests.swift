import DiligenceCore
import DiligenceTestSupport
import Testing

/// `Assessments/` in the set-wide validation: files read by kind, questionnaire ids unique.
@Suite struct AssessmentDefinitionSetTests {
    func set(_ files: [(String, String)]) -> DefinitionSet {
        DefinitionSet(files: files.map { DefinitionSet.File(path: $0.0, text: $0.1, folder: .assessments) })
    }

    @Test func shippedFilesLoadWithNoErrorsOrWarnings() throws {
        let paths = ["Assessments/psea-common.yaml", "Assessments/psea-unicef-2020.yaml"]
        let set = set(try paths.map { ($0, try Repository.text($0)) })
        #expect(set.report.errors.isEmpty, "\(set.report.errors)")
        #expect(set.report.warnings.isEmpty, "\(set.report.warnings)")
        #expect(set.questionnaires.keys.sorted() == ["psea-common", "psea-unicef-2020"])
        let common = try #require(set.questionnaires["psea-common"])
        #expect(
            common.standards.map(\.id) == [
                "policy", "contracts", "screening", "training", "reporting", "assistance_referral",
                "investigations", "corrective_action",
            ])
        #expect(common.scoring.name == "count_of_met")
        #expect(common.hash == ContentHash.sha256(try Repository.text(paths[0])))
        #expect(common.file == paths[0])
        let unicef = try #require(set.questionnaires["psea-unicef-2020"])
        #expect(
            unicef.standards.map(\.id) == [
                "policy", "management_hr", "training", "reporting", "assistance_referral", "investigations",
            ])
        for questionnaire in [common, unicef] {
            #expect(questionnaire.timeRules == .standard)
            for standard in questionnaire.standards {
                #expect(!standard.questions.isEmpty && !standard.evidence.isEmpty, "\(standard.id)")
                #expect(!standard.requirement.isEmpty && !standard.protocolReference.isEmpty)
            }
        }
    }

    @Test func aFileOfAnUnknownKindNamesTheKindsKnown() throws {
        let set = set([("Assessments/clauses.yaml", "catalogue: clauses\nitems: []\n")])
        let error = try #require(set.report.errors.first)
        #expect(set.report.errors.count == 1)
        #expect(error.code == .unknownKey)
        #expect(error.location == SourceLocation(file: "Assessments/clauses.yaml", line: 1, column: 1))
        #expect(error.message.contains("one of: questionnaire"))
        #expect(set.questionnaires.isEmpty)
    }

    @Test func aMisspeltKindSuggestsTheKnownOne() throws {
        let set = set([("Assessments/q.yaml", "# a comment\nquestionaire: q\n")])
        let error = try #require(set.report.errors.first)
        #expect(set.report.errors.count == 1)
        #expect(error.location == SourceLocation(file: "Assessments/q.yaml", line: 2, column: 1))
        #expect(error.message.contains("did you mean \"questionnaire\"?"))
    }

    @Test func aFileThatIsNotAMapping() throws {
        let set = set([("Assessments/list.yaml", "- questionnaire\n")])
        let error = try #require(set.report.errors.first)
        #expect(error.code == .missingKey)
        #expect(error.location.line == 1 && error.location.column == 1)
        #expect(
            error.message.contains(
                "(questionnaire, risk_rules, training_policy, clause_catalogue, allegation_confidentiality, indicators, roles)"
            ))
    }

    @Test func aYAMLErrorInAnAssessmentFileIsReportedOnce() throws {
        let set = set([("Assessments/bad.yaml", "questionnaire: q\n  standards: x\n")])
        #expect(set.report.errors.count == 1)
        #expect(set.report.errors.first?.code == .yamlSyntax)
        #expect(set.report.errors.first?.location.line == 2)
    }

    @Test func questionnaireIDsAreUniqueAcrossFiles() throws {
        let set = set([
            ("Assessments/a.yaml", QuestionnaireTexts.counted),
            ("Assessments/b.yaml", QuestionnaireTexts.weighted),
        ])
        let error = try #require(set.report.errors.first)
        #expect(set.report.errors.count == 1)
        #expect(error.code == .duplicateID)
        #expect(error.location == SourceLocation(file: "Assessments/b.yaml", line: 1, column: 16))
        #expect(error.message.contains("also used by Assessments/a.yaml"))
        #expect(set.questionnaires["q"]?.file == "Assessments/a.yaml")
    }

    @Test func errorsInsideAQuestionnaireKeepTheirPositions() throws {
        let text = QuestionnaireTexts.edit(QuestionnaireTexts.counted, "must_have: [a]", "must_have: [z]")
        let set = set([("Assessments/q.yaml", text)])
        #expect(
            set.report.errors.map(\.location) == [
                SourceLocation(file: "Assessments/q.yaml", line: 12, column: 15)
            ])
    }
}
