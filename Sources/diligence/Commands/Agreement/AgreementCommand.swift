import ArgumentParser

/// `diligence agreement`: partner agreements and their PSEA clauses.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Import partner agreements, see which PSEA clauses they carry, and confirm each clause.",
        discussion: """
            An agreement (XML, HTML, Word .docx or PDF, scans read by OCR) is imported for a partner; diligence finds the PSEA \
            clauses of Assessments/agreement-clauses.yaml in it and says, for each, present, partial or \
            absent, with the passage and where it is. Procurement then confirms each mandatory clause or \
            requests an amendment; a manager may waive a clause with a reason. The workflow in \
            Workflows/agreement-review.yaml decides what is accepted when: `diligence send AG-0001 \
            start_review` starts the review and `diligence send AG-0001 clear` clears the agreement once \
            every mandatory clause is confirmed or waived and the partner has no valid red flag.
            """,
        subcommands: [
            ImportAgreement.self, ShowAgreement.self, ListAgreements.self, ConfirmClause.self,
            AmendClause.self, WaiveClause.self,
        ])
}
