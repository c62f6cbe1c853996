import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore

/// `diligence assessment list [--partner ID] [--status S] [--json]`.
struct ListAssessments: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List assessments with where each stands.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only this partner's assessments.", valueName: "id"))
    var partner: String?

    @Option(
        help: ArgumentHelp(
            "Only assessments in this state (draft, review, valid, ...), or capacity statuses with this name or state (low_capacity_assumed_emergency, superseded, ...).",
            valueName: "state"))
    var status: String?

    func run() async throws {
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: false)
        let (entries, statuses) = try await service.assessments(
            partner: partner, inState: status, by: try await acting.authenticateIfGiven(service))
        if output.json {
            JSONOutput.print(
                .array(
                    entries.map { entry in
                        .object([
                            "kind": "assessment",
                            "id": .string(entry.id), "partner": .string(entry.record.partner),
                            "questionnaire": .string(entry.record.questionnaire.id),
                            "states": .array(entry.instance.snapshot.activeStates.map(JSONValue.string)),
                            "complete": .bool(entry.instance.snapshot.isComplete),
                            "capacity_level": entry.instance.snapshot.context["capacity_level"] ?? .null,
                            "final": entry.record.final?.json ?? .null,
                            "preliminary": entry.record.preliminary?.json ?? .null,
                        ])
                    } + statuses.map(CapacityStatusJSON.object)))
            return
        }
        guard !entries.isEmpty || !statuses.isEmpty else {
            print(
                RecordListing.nothingListed(
                    "assessments", filtered: partner != nil || status != nil,
                    firstOne: "start one with `diligence assessment start P-0001 --questionnaire psea-common`"
                ))
            return
        }
        var table = Table("ID", "PARTNER", "QUESTIONNAIRE", "STANDING", "CAPACITY")
        for entry in entries {
            table.add(
                entry.id, entry.record.partner, entry.record.questionnaire.id,
                PartnerJSON.standing(entry.instance.snapshot, definitions.workflows[entry.instance.workflow]),
                entry.instance.snapshot.context["capacity_level"].map(PartnerJSON.display) ?? "-")
        }
        for entry in statuses {
            table.add(
                entry.id, entry.record.partner, "(status)", entry.states.joined(separator: ", "),
                entry.record.status.name)
        }
        print(table.text)
    }
}
