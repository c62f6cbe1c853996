import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence training personnel PARTNER --category C --count N [--no-contact]`.
struct TrainingPersonnel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personnel",
        abstract: "Record how many people of one category the partner has (replaces the earlier count).")

    @OptionGroup var options: PartnerActionOptions

    @Option(help: ArgumentHelp("\(PersonnelCategory.names.joined(separator: ", ")).", valueName: "category"))
    var category: String

    // Unconditional: `--count -1` is a value to refuse, not an unknown option.
    @Option(parsing: .unconditional, help: ArgumentHelp("The number of people.", valueName: "n"))
    var count: Int

    @Flag(
        name: .customLong("no-contact"),
        help: "These people do not work in contact with beneficiaries (by default they do).")
    var noContact = false

    func run() async throws {
        let category = try TrainingOptions.category(category, flag: "--category")
        let change = TrainingChange.personnel(
            PersonnelGroup(category: category, headCount: count, inContactWithBeneficiaries: !noContact))
        try await TrainingOptions.apply(
            change, partner: options.partner, global: options.global, acting: options.acting)
    }
}

/// Shared by the training commands.
enum TrainingOptions {
    static func category(_ text: String, flag: String) throws -> PersonnelCategory {
        if let category = PersonnelCategory(typed: text) { return category }
        let hint =
            Suggestion.closest(to: text.lowercased(), among: PersonnelCategory.names).map {
                "; did you mean \($0)?"
            }
            ?? ""
        throw CommandFailure(
            "\(flag) \"\(text)\" is not a personnel category\(hint); use one of \(PersonnelCategory.names.joined(separator: ", "))",
            exitCode: .usage)
    }

    /// Checks, opens the database, applies the change and prints what the record holds now.
    static func apply(
        _ change: TrainingChange, partner: String, global: GlobalOptions, acting: ActorOptions,
        note: String? = nil
    ) async throws {
        let (service, actor) = try await acting.signedIn(global: global)
        let result = try await service.changeTraining(change, partner: partner, by: actor)
        print(lines(result, partner: partner, note: note).joined(separator: "\n"))
    }

    /// What a change of the training record did: the record and the coverage of the policy's scope.
    static func lines(_ result: TrainingChangeResult, partner: String, note: String?)
        -> [String]
    {
        var line =
            "\(partner): \(DiligenceStore.trainingEventDescription(result.change)) recorded in \(result.id)"
        if let note { line += "; \(note)" }
        return [
            line,
            "  coverage \(TrainingCoverageText.shareText(result.coverage.policyScope)) of the policy's scope"
                + (result.coverage.meetsPolicy ? " (meets the threshold)" : ""),
        ]
    }
}
