import ArgumentParser

/// `diligence assessment`: PSEA capacity assessments of partners.
struct AssessmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessment",
        abstract: "Run PSEA capacity assessments: self-assessment, UN review, determination and plan.",
        discussion: """
            An assessment is started for a partner against a questionnaire in Assessments/. The partner \
            answers, the UN reviewer rates each core standard, and the workflow in \
            Workflows/psea-assessment.yaml decides what is accepted when. Transitions without data \
            (invite_partner, submit, start_review, determine, confirm, cancel, ...) go through \
            `diligence send A-0001 EVENT`.
            """,
        subcommands: [
            StartAssessment.self, AnswerAssessment.self, ReviewAssessment.self, AssessmentPlanCommand.self,
            ShowAssessment.self, ListAssessments.self, RecordCapacityStatus.self, ExportAssessment.self,
            ImportAssessment.self, BulkAnswers.self,
        ])
}
