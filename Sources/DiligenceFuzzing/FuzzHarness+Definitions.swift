import DiligenceCore
import Foundation

extension FuzzHarness {
    /// The YAML loaders of the definition files a programme team edits.
    static let definitionLoaders: [FuzzHarness] = [
        loader("workflow", "a workflow definition (Workflows/*.yaml)") {
            WorkflowLoader.load(file: $0, text: $1).1
        },
        loader("questionnaire", "a questionnaire (Assessments/psea-*.yaml)") {
            QuestionnaireLoader.load(file: $0, text: $1).1
        },
        loader("rules", "the risk rules (Assessments/risk-rules.yaml)") {
            RiskRuleLoader.load(file: $0, text: $1).1
        },
        loader("catalogue", "the clause catalogue (Assessments/agreement-clauses.yaml)") {
            ClauseCatalogueLoader.load(file: $0, text: $1).1
        },
        loader("confidentiality", "the allegation confidentiality policy") {
            AllegationConfidentialityLoader.load(file: $0, text: $1).1
        },
        loader("indicators", "the indicator targets (Assessments/indicators.yaml)") {
            IndicatorTargetsLoader.load(file: $0, text: $1).1
        },
        loader("roles", "the role catalogue (Assessments/roles.yaml)") {
            RoleCatalogueLoader.load(file: $0, text: $1).1
        },
        loader("training-policy", "the training policy (Assessments/training-policy.yaml)") {
            TrainingPolicyLoader.load(file: $0, text: $1).1
        },
    ]

    /// A harness over one loader; every error it reports must name its file, line and column.
    private static func loader(
        _ name: String, _ summary: String, load: @escaping @Sendable (String, String) -> DefinitionReport
    ) -> FuzzHarness {
        FuzzHarness(name: name, summary: summary) { data in
            let report = load("fuzz.yaml", data.fuzzText)
            for error in report.errors + report.warnings {
                precondition(error.location.file == "fuzz.yaml", "an error without its file: \(error)")
                precondition(
                    error.location.line >= 1 && error.location.column >= 1,
                    "an error without a position: \(error)")
                _ = error.description
            }
        }
    }
}
