import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence partner assign ID --officer USER --as USER --role ROLE`.
struct AssignOfficer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign a user (a programme officer) to follow a partner.",
        discussion: """
            A programme officer sees the allegation cases of the partners assigned to them, and no \
            others (the assignment: section of Assessments/allegation-confidentiality.yaml says which \
            roles are limited so, and which roles assign: managers by default). The assignment is \
            logged on the partner.
            """)

    @OptionGroup var options: OfficerAssignmentOptions

    func run() async throws {
        let (service, actor) = try await options.signedIn()
        let assignment = try await service.assignOfficer(options.officer, to: options.id, by: actor)
        print("\(assignment.officer) is assigned to \(assignment.partner)")
    }
}

/// `diligence partner unassign ID --officer USER --as USER --role ROLE`.
struct UnassignOfficer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unassign",
        abstract: "End a user's assignment to a partner; they no longer see its allegation cases.")

    @OptionGroup var options: OfficerAssignmentOptions

    func run() async throws {
        let (service, actor) = try await options.signedIn()
        try await service.unassignOfficer(options.officer, from: options.id, by: actor)
        print(
            "\(options.officer.trimmingCharacters(in: .whitespaces)) is no longer assigned to \(options.id)")
    }
}

/// The options of `partner assign` and `partner unassign`: who acts, the partner and the officer.
struct OfficerAssignmentOptions: ParsableArguments, ActingCommandOptions {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The partner id, such as P-0001.")
    var id: String

    @Option(help: ArgumentHelp("The officer, as they give it with --as.", valueName: "user"))
    var officer: String
}
