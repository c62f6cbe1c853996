import ArgumentParser
import DiligenceCore
import DiligenceStore

/// `diligence allegation list --as USER --role ROLE [--partner ID] [--status S] [--json]`.
struct ListAllegations: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cases with their status; roles that read aggregates only get totals.",
        discussion: """
            A programme officer sees the cases of the partners assigned to them only (`diligence \
            partner assign`); the assignment: section of Assessments/allegation-confidentiality.yaml \
            says which roles are limited so.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only this partner's cases.", valueName: "id"))
    var partner: String?

    @Option(
        help: ArgumentHelp(
            "Only cases with this status (received, reported_to_un, ..., substantiated, ..., closed).",
            valueName: "status"))
    var status: String?

    func run() async throws {
        let definitions = try global.definitions()
        let actor = try await acting.actor(global: global, definitions: definitions)
        let confidentiality = definitions.confidentiality
        let classes = confidentiality.classes(readBy: actor.role)
        guard !classes.isEmpty else {
            throw CommandFailure(
                "the role \(actor.role) reads no allegation data (Assessments/allegation-confidentiality.yaml)"
            )
        }
        if let status, let workflow = definitions.workflow(forSubject: "allegation"),
            !Self.statuses(workflow).contains(status)
        {
            let known = Self.statuses(workflow)
            let hint = Suggestion.closest(to: status, among: known).map { "did you mean \($0)? " } ?? ""
            throw CommandFailure(
                "--status: \"\(status)\" is not a status of a case; \(hint)statuses are \(known.joined(separator: ", "))",
                exitCode: .usage)
        }
        let store = try global.store(create: false)
        if let partner {
            _ = try storeCall { try store.partner(partner) }
            try storeCall {
                try store.checkPartnerScope(partner, actor: actor, confidentiality: confidentiality)
            }
        }
        // A role limited to its own partners lists their cases only.
        let visible = try storeCall {
            try store.visiblePartners(for: actor, confidentiality: confidentiality)
        }
        let cases = try storeCall { try store.allegationCases(partner: partner) }.filter { entry in
            (status.map { entry.status == $0 } ?? true) && (visible?.contains(entry.record.partner) ?? true)
        }
        if !classes.contains(.case) {
            printTotals(cases)
            return
        }
        let views = cases.map {
            AllegationView(entry: $0, role: actor.role, confidentiality: confidentiality)
        }
        if output.json {
            JSONOutput.print(
                .array(
                    views.map { view in
                        .object([
                            "id": .string(view.entry.id),
                            "fields": .object(
                                Dictionary(uniqueKeysWithValues: view.fields.map { ($0.name, $0.value) })),
                        ])
                    }))
            return
        }
        guard !cases.isEmpty else {
            if let visible, visible.isEmpty {
                print(
                    "no partners are assigned to \(actor.user), so no cases are shown: a \(actor.role) sees the cases of their own partners only"
                )
            } else {
                print(partner != nil || status != nil ? "no cases match" : "no allegation cases")
            }
            return
        }
        var table = Table("ID", "PARTNER", "RECEIVED", "TYPE", "STATUS", "REPORTED LATE")
        for view in views {
            let fields = Dictionary(uniqueKeysWithValues: view.fields.map { ($0.name, $0.value) })
            table.add(
                view.entry.id, fields["partner"].map(AllegationView.display) ?? "-",
                fields["received"].map(AllegationView.display) ?? "-",
                fields["type"].map(AllegationView.display) ?? "-",
                fields["status"].map(AllegationView.display) ?? "-",
                fields["reported_late"].map(AllegationView.display) ?? "-")
        }
        print(table.text)
    }

    /// The totals a role that reads aggregates only sees.
    private func printTotals(_ cases: [AllegationCase]) {
        var victims: [String: Int] = [:]
        var assistance: [String: Int] = [:]
        var perpetrators = 0
        for entry in cases {
            for (group, count) in entry.record.victims.counts { victims[group.rawValue, default: 0] += count }
            for (step, count) in entry.record.assistanceCounts {
                assistance[step.rawValue, default: 0] += count
            }
            perpetrators += entry.record.perpetrators ?? 0
        }
        let open = cases.filter(\.isOpen).count
        if output.json {
            JSONOutput.print(
                .object([
                    "cases": .int(cases.count), "open": .int(open),
                    "victims": .object(victims.mapValues(JSONValue.int)), "perpetrators": .int(perpetrators),
                    "assistance_counts": .object(assistance.mapValues(JSONValue.int)),
                ]))
            return
        }
        print("\(cases.count) allegation case\(cases.count == 1 ? "" : "s"), \(open) open")
        print(
            "victims/survivors: "
                + (victims.isEmpty
                    ? "none counted"
                    : victims.keys.sorted().map { "\($0)=\(victims[$0]!)" }.joined(separator: ", ")))
        print("alleged perpetrators: \(perpetrators)")
        print(
            "assistance entries: "
                + (assistance.isEmpty
                    ? "none"
                    : assistance.keys.sorted().map { "\($0)=\(assistance[$0]!)" }.joined(separator: ", ")))
    }

    /// The statuses a case can have: the states of the `case` region.
    static func statuses(_ workflow: WorkflowDefinition) -> [String] {
        workflow.states.filter { $0.parent.map { workflow.states[$0].id == "case" } ?? false }.map(\.id)
    }
}
