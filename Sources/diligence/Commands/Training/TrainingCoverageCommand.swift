import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence training coverage PARTNER [--on DATE] [--json]`.
struct TrainingCoverageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show a partner's training coverage: overall, per category, field-monitoring bands.")

    @OptionGroup var options: ReadOptions

    @Argument(help: "The partner id, such as P-0001.")
    var partner: String

    @Option(help: ArgumentHelp("The day to count for (default today), YYYY-MM-DD.", valueName: "date"))
    var on: String?

    func run() async throws {
        let day: LocalDate
        if let on {
            guard let parsed = LocalDate(on) else {
                throw CommandFailure("--on \"\(on)\" is not a date; write it as YYYY-MM-DD", exitCode: .usage)
            }
            day = parsed
        } else {
            day = LocalDate(Date())
        }
        let (service, actor) = try await options.reader()
        let found = try await service.training(
            partner: partner, by: actor)
        guard let (id, record) = found else {
            if options.output.json {
                JSONOutput.print(.object(["partner": .string(partner), "training_record": .null]))
            } else {
                print(
                    "\(partner) has no training record yet; start with `diligence training personnel \(partner) --category staff --count N`"
                )
            }
            return
        }
        let coverage = record.coverage(on: day)
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(TrainingCoverageView(coverage, record: record, id: id)))
            return
        }
        print(TrainingCoverageText.text(coverage, record: record, id: id))
    }
}

/// The text shapes of coverage.
enum TrainingCoverageText {
    static func shareText(_ share: CoverageShare) -> String {
        guard let fraction = share.fraction else { return "nobody in scope" }
        return
            "\(share.trained) of \(share.inScope) (\(DiligenceStore.percent(fraction)), band \(share.band?.label ?? "none"))"
    }

    static func text(_ coverage: TrainingCoverage, record: PartnerTraining, id: String) -> String {
        var lines = [
            "\(record.partner)  training record \(id), coverage on \(coverage.day)",
            "policy      trainings count \(record.policy.renewalPeriod); confirming needs \(DiligenceStore.percent(record.policy.coverageThreshold)) of \(record.policy.categories.map(\.rawValue).joined(separator: " and "))"
                + (record.policy.contactWithBeneficiariesOnly ? " in contact with beneficiaries" : ""),
            "overall     \(shareText(coverage.overall))",
            "in scope    \(shareText(coverage.policyScope))"
                + (coverage.meetsPolicy ? " - meets the threshold" : " - below the threshold"),
        ]
        var table = Table("CATEGORY", "PEOPLE", "TRAINED", "SHARE", "BAND", "CONTACT", "IN SCOPE")
        for category in coverage.categories {
            table.add(
                category.group.category.rawValue, String(category.share.inScope),
                String(category.share.trained),
                category.share.fraction.map(DiligenceStore.percent) ?? "-", category.share.band?.label ?? "-",
                category.group.inContactWithBeneficiaries ? "yes" : "no",
                category.inPolicyScope ? "yes" : "no")
        }
        if !coverage.categories.isEmpty {
            lines.append("")
            lines.append(table.text)
        }
        return lines.joined(separator: "\n")
    }
}
