import ArgumentParser

/// `diligence training`: partners' personnel in scope, PSEA trainings, coverage and confirmation.
struct TrainingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training",
        abstract: "Record partners' personnel and PSEA trainings, see coverage and confirm training.",
        discussion: """
            Each partner has one training record (T-0001, Workflows/partner-training.yaml) holding its \
            personnel in scope by category and its training sessions. Coverage counts people trained \
            within the renewal period of Assessments/training-policy.yaml (default 12 months); \
            confirming training needs the policy's threshold (default 100 % of staff and volunteers \
            in contact with beneficiaries).
            """,
        subcommands: [
            TrainingPersonnel.self, RecordTraining.self, ImportTraining.self, TrainingCoverageCommand.self,
            ConfirmTraining.self,
        ])
}
