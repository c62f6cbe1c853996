import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence check`: validates every definition file as one set.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every workflow and assessment definition, as every command does before it runs.",
        discussion:
            "Prints each problem as file:line:column. Exit 0 when clean (warnings allowed), 3 when any error."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let set = DefinitionDirectory.load(
            workflows: URL(fileURLWithPath: global.workflows),
            assessments: URL(fileURLWithPath: global.assessments))
        let (errors, warnings) = set.report.sorted
        if output.json {
            JSONOutput.print(
                try JSONOutput.encoded(DefinitionCheckView(set, message: DefinitionMessages.text)))
            if !errors.isEmpty {
                throw CommandFailure("definitions are not valid", exitCode: .invalidDefinitions)
            }
            return
        }
        for error in errors { print("\(error.location): error: \(DefinitionMessages.text(error))") }
        for warning in warnings { print("\(warning.location): warning: \(warning.message)") }
        let workflows = set.workflows.values.sorted { $0.id < $1.id }
        let summary =
            "\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        if errors.isEmpty {
            for workflow in workflows {
                print(
                    "ok  \(workflow.file): \(workflow.id), \(workflow.states.count - 1) states, \(workflow.events.count) events, \(workflow.fields.count) fields"
                )
            }
            for questionnaire in set.questionnaires.values.sorted(by: { $0.id < $1.id }) {
                print(
                    "ok  \(questionnaire.file): \(questionnaire.id), \(questionnaire.standards.count) standards, \(questionnaire.scoring.name)"
                )
            }
            if let rules = set.riskRules { print("ok  \(rules.file): \(rules.rules.count) risk rules") }
            if let policy = set.trainingPolicy, let file = policy.file {
                print("ok  \(file): training policy, renewal every \(policy.renewalPeriod)")
            }
            if let catalogue = set.clauseCatalogue {
                let mandatory = catalogue.clauses.filter(\.mandatory).count
                print(
                    "ok  \(catalogue.file): \(catalogue.clauses.count) agreement clauses, \(mandatory) mandatory"
                )
            }
            if let classification = set.allegationConfidentiality, let file = classification.file {
                let restricted = classification.fields.filter { $0.class == .restricted }.count
                print(
                    "ok  \(file): \(classification.fields.count) allegation fields classified, \(restricted) restricted, \(classification.roles.count) roles"
                )
            }
            if let targets = set.indicatorTargets, let file = targets.file {
                print(
                    "ok  \(file): indicator targets, partners assessed \(ReportCells.percent(targets.partnersAssessed)), personnel trained \(ReportCells.percent(targets.personnelTrained))"
                )
            }
            if let roles = set.roleCatalogue {
                print(
                    "ok  \(roles.file): \(roles.roles.count) roles, \(roles.roles(allowing: .manageAccounts).map(\.id).joined(separator: ", ")) managing accounts"
                )
            }
            print("definitions are valid (\(summary))")
        } else {
            throw CommandFailure("definitions are not valid (\(summary))", exitCode: .invalidDefinitions)
        }
    }
}
