import ArgumentParser
import DiligenceCore
import Foundation

/// The options of the commands on one allegation case: who acts and the case.
struct CaseOptions: ParsableArguments, ActingCommandOptions {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The case id, such as G-0001.")
    var id: String
}

/// The options of a step of a case taken on a day (`allegation consent`, `allegation assist`):
/// who acts, the case and the day.
struct CaseStepOptions: ParsableArguments, ActingCommandOptions {
    @OptionGroup var step: CaseOptions

    @Option(help: ArgumentHelp("The day (YYYY-MM-DD; default today).", valueName: "date"))
    var date: String?

    var global: GlobalOptions { step.global }
    var acting: ActorOptions { step.acting }
    var id: String { step.id }

    /// The day of the step: `--date`, checked, else today (`now`'s day).
    func day(now: Date) throws -> LocalDate {
        try allegationInput { () throws(AllegationInputError) in
            try date.map { text throws(AllegationInputError) in
                try AllegationReport.date(text, field: .date, today: LocalDate(now))
            } ?? LocalDate(now)
        }
    }
}

/// A restricted detail of a report (`--narrative`): what `allegation report` calls it, given as
/// text or read from a file.
protocol RestrictedDetail {
    /// The field the detail is sealed in: `narrative`.
    static var field: String { get }
    /// The option that gives it as text, without its dashes: `narrative` (`-file` is added for
    /// the option that reads it from a file).
    static var option: String { get }
    /// The help of the text option.
    static var help: String { get }
    /// The help of the file option.
    static var fileHelp: String { get }
}

extension RestrictedDetail {
    static var fileHelp: String {
        "Read it from a file, or from standard input for - (restricted; optional)."
    }
}

/// A restricted detail given as text or read from a file (or standard input for `-`).
struct RestrictedDetailOptions<Detail: RestrictedDetail>: ParsableArguments {
    @Option(name: .customLong(Detail.option), help: ArgumentHelp(Detail.help, valueName: "text"))
    var text: String?

    @Option(
        name: .customLong(Detail.option + "-file"), help: ArgumentHelp(Detail.fileHelp, valueName: "file"))
    var file: String?

    /// The detail, from the file or the text; `nil` when neither is given. Refuses both.
    func value() throws -> String? {
        let option = "--" + Detail.option
        if text != nil, file != nil {
            throw CommandFailure("give \(option) or \(option)-file, not both", exitCode: .usage)
        }
        return try file.map { try RestrictedTextFile.read($0, option: option + "-file") } ?? text
    }
}

/// `--narrative`: what happened.
enum Narrative: RestrictedDetail {
    static let field = "narrative"
    static let option = "narrative"
    static let help = "What happened (restricted; optional)."
    static let fileHelp =
        "Read what happened from a file, or from standard input for - (restricted; optional)."
}

/// `--victim-details`: about the victim/survivor.
enum VictimDetails: RestrictedDetail {
    static let field = "victim_details"
    static let option = "victim-details"
    static let help = "Details about the victim/survivor (restricted; optional)."
}

/// `--perpetrator-details`: about the alleged perpetrator(s).
enum PerpetratorDetails: RestrictedDetail {
    static let field = "perpetrator_details"
    static let option = "perpetrator-details"
    static let help = "Details about the alleged perpetrator(s) (restricted; optional)."
}
