import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence flag raise PARTNER --category C --level L --reason TEXT`.
struct RaiseFlag: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raise", abstract: "Raise a flag on a partner; prints the new flag id.",
        discussion: "Only headquarters (--role hq_reviewer) raises a red flag directly.")

    @OptionGroup var options: PartnerActionOptions

    @Option(
        help: ArgumentHelp(
            "What the flag is about: \(FlagCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "category"))
    var category: String

    @Option(help: ArgumentHelp("observation, yellow or red.", valueName: "level"))
    var level: String

    @Option(help: ArgumentHelp("Why the flag is raised.", valueName: "text"))
    var reason: String

    func run() async throws {
        let category = try FlagOptions.category(category)
        let level = try FlagOptions.level(level)
        let (service, actor) = try await options.signedIn()
        print(
            try await service.raiseFlag(
                on: options.partner, category: category, level: level, reason: reason, by: actor))
    }
}

enum FlagOptions {
    static func category(_ text: String) throws -> FlagCategory {
        let typed = text.lowercased().replacingOccurrences(of: "-", with: "_")
        if let category = FlagCategory(rawValue: typed) { return category }
        let names = FlagCategory.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: typed, among: names).map { "; did you mean \($0)?" } ?? ""
        throw CommandFailure(
            "--category \"\(text)\" is not a flag category\(hint); use one of \(names.joined(separator: ", "))",
            exitCode: .usage)
    }

    static func level(_ text: String) throws -> FlagLevel {
        if let level = FlagLevel(rawValue: text.lowercased()) { return level }
        let names = FlagLevel.allCases.map(\.rawValue)
        let hint =
            Suggestion.closest(to: text.lowercased(), among: names).map { "; did you mean \($0)?" } ?? ""
        throw CommandFailure(
            "--level \"\(text)\" is not a flag level\(hint); use one of \(names.joined(separator: ", "))",
            exitCode: .usage)
    }
}
