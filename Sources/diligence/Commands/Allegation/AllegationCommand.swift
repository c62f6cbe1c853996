import ArgumentParser
import DiligenceCore
import DiligenceStore

/// `diligence allegation`: allegations of sexual exploitation and abuse involving partners.
struct AllegationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allegation",
        abstract: "Record and follow allegations of SEA involving a partner's personnel, confidentially.",
        discussion: """
            A case runs Workflows/allegation-case.yaml: the case (received, reported to the UN entity, \
            preliminary assessment, investigation, outcome, actions, closed) and, beside it, assistance \
            to the victim/survivor with consent. Transitions without restricted data (report_to_un, \
            start_assessment, investigate, conclude, record_actions, close, ...) go through \
            `diligence send G-0001 EVENT --set field=value`.

            Who reads which field is set in Assessments/allegation-confidentiality.yaml. Restricted \
            details (narrative, victim and perpetrator details, assistance) are encrypted with the key \
            file (--key, $DILIGENCE_KEY, default diligence.key beside the database); every read of \
            them is logged (`diligence audit reads`). Nothing that identifies a victim/survivor is required.
            """,
        subcommands: [
            ReportAllegation.self, ShowAllegation.self, ListAllegations.self, ConsentAllegation.self,
            AssistAllegation.self,
        ])
}

/// Runs a check of typed allegation input, turning its error into a failure line (exit 1).
func allegationInput<T>(_ body: () throws(AllegationInputError) -> T) throws -> T {
    switch Result(catching: body) {
    case .success(let value): return value
    case .failure(let error): throw CommandFailure(StoreErrorMessages.text(.badAllegation(error)))
    }
}
