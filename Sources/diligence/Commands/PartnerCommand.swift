import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence partner`: register and look at implementing partners.
struct PartnerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner",
        abstract: "Register implementing partners and see where each stands.",
        subcommands: [
            AddPartner.self, ListPartners.self, ShowPartner.self, AssignOfficer.self, UnassignOfficer.self,
        ])
}

/// `diligence partner add NAME --country CC --type T`.
struct AddPartner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a partner and start its lifecycle; prints the new partner id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The organisation's name.")
    var name: String

    @Option(help: ArgumentHelp("Programme country, ISO 3166 two-letter code (KE, CO, ...).", valueName: "cc"))
    var country: String

    @Option(
        help: ArgumentHelp(
            "Kind of organisation: \(PartnerType.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "type"))
    var type: String

    @Option(
        help: ArgumentHelp(
            "For an international NGO's country-level record: its headquarters record, whose flags it inherits.",
            valueName: "id"))
    var headquarters: String?

    func run() async throws {
        guard let type = PartnerType(rawValue: type.lowercased()) else {
            let types = PartnerType.allCases.map(\.rawValue).joined(separator: ", ")
            throw CommandFailure(
                "--type \"\(self.type)\" is not a kind of partner; use one of \(types)", exitCode: .usage)
        }
        let (service, actor) = try await acting.signedIn(global: global)
        let partner = try await service.registerPartner(
            name: name, country: country, type: type, headquarters: headquarters, by: actor)
        print(partner.id)
    }
}

/// `diligence partner list`.
struct ListPartners: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List partners with where each stands.",
        discussion: """
            Every partner by default, in registration order. Narrow the list with --country, --type
            and --officer; read a long list a page at a time with --page-size (and --page).
            """)

    @OptionGroup var options: ReadOptions

    @Option(help: ArgumentHelp("Only the partners this user is assigned to.", valueName: "user"))
    var officer: String?

    @OptionGroup var partners: PartnerFilterOptions

    @Option(
        help: ArgumentHelp("The page to show, from 1 (pages of --page-size, 50 by default).", valueName: "n"))
    var page: Int?

    @Option(help: ArgumentHelp("Partners a page, 1 to 1000 (all of them when not given).", valueName: "n"))
    var pageSize: Int?

    /// The filter the options give, checked.
    func filter() throws -> PartnerFilter {
        let (country, type) = try partners.checked()
        let filter = PartnerFilter(country: country, type: type, officer: officer)
        if let page, page < 1 {
            throw CommandFailure("--page \(page) is not a page; pages start at 1", exitCode: .usage)
        }
        if let pageSize, !(1...1_000).contains(pageSize) {
            throw CommandFailure("--page-size \(pageSize) is out of range; give 1 to 1000", exitCode: .usage)
        }
        return filter
    }

    func run() async throws {
        let filter = try filter()
        let (service, actor) = try await options.reader()
        let size = pageSize ?? (page == nil ? nil : 50)
        try await PartnerTable.print(
            service, by: actor, json: options.output.json, filter: filter, page: page ?? 1, pageSize: size)
    }
}

/// The partner list, as a table or JSON; shared by `partner list` and `demo`.
enum PartnerTable {
    static func print(
        _ service: DiligenceService, by actor: AuthenticatedActor?, json: Bool,
        filter: PartnerFilter = PartnerFilter(), page: Int = 1, pageSize: Int? = nil
    ) async throws {
        let listing = try await service.partners(filter, page: page, pageSize: pageSize, by: actor)
        let listed = listing.rows
        let lifecycle = service.definitions.workflow(forSubject: PartnerKind.kind.subject)
        if json {
            JSONOutput.print(
                try JSONOutput.encoded(listed.map { PartnerSummaryView($0.partner, $0.snapshot) }))
            return
        }
        if listed.isEmpty {
            Swift.print(emptyListMessage(filter, total: listing.total, page: page))
            return
        }
        var table = Table("ID", "NAME", "COUNTRY", "TYPE", "STANDING")
        for (partner, snapshot) in listed {
            table.add(
                partner.id, partner.name, partner.country, partner.type.rawValue,
                PartnerText.standing(snapshot, lifecycle))
        }
        Swift.print(table.text)
        if let pageSize, listing.total > listed.count {
            let pages = (listing.total + pageSize - 1) / pageSize
            let next = page < pages ? "; `--page \(page + 1)` for the next" : ""
            Swift.print("page \(page) of \(pages) (\(listing.total) partners)\(next)")
        }
    }

    /// What an empty list says: why nothing is listed and what to do.
    private static func emptyListMessage(_ filter: PartnerFilter, total: Int, page: Int) -> String {
        if total > 0 {
            return
                "page \(page) is past the end: \(total) partner\(total == 1 ? "" : "s") match, on fewer pages"
        }
        if filter.country != nil || filter.type != nil {
            return
                "no partners match; `diligence partner list` without --country and --type lists every partner"
        }
        if let officer = filter.officer {
            return
                "no partners are assigned to \(officer); a manager assigns them with `diligence partner assign ID --officer \(officer)`"
        }
        return "no partners yet; register one with `diligence partner add NAME --country CC --type TYPE`"
    }
}

/// `diligence partner show ID`.
struct ShowPartner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a partner: where it stands, its facts, deadlines, flags and what it accepts next.")

    @OptionGroup var options: ReadOptions

    @Argument(help: "The partner id, such as P-0001.")
    var id: String

    func run() async throws {
        let (service, actor) = try await options.reader()
        let detail = try await service.partnerRecord(id, by: actor)
        let (partner, instance, definition) = (detail.partner, detail.instance, detail.definition)
        let (deadlines, flags, workflowFlags) = (detail.deadlines, detail.flags, detail.workflowFlags)
        let (officers, available) = (detail.officers, detail.available)
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(PartnerDetailView(detail)))
            return
        }
        print("\(partner.id)  \(partner.name)  (\(partner.country), \(partner.type.rawValue))")
        // The snapshot's version counts the events after registration, and not dropped deadlines: count the log.
        let events = detail.eventCount
        print(
            "workflow    \(instance.workflow), definition \(instance.definitionHash.prefix(12)), \(events) event\(events == 1 ? "" : "s")"
        )
        print("standing    \(PartnerText.standing(instance.snapshot, definition))")
        print(
            "officers    "
                + (officers.isEmpty
                    ? "none assigned (`diligence partner assign \(partner.id) --officer USER`)"
                    : officers.map(\.officer).joined(separator: ", ")))
        let context =
            definition?.fields.map { field in
                "\(field.path) = \(instance.snapshot.context[field.path].map(PartnerText.display) ?? "(not set)")"
            }
            ?? instance.snapshot.context.keys.sorted().map {
                "\($0) = \(PartnerText.display(instance.snapshot.context[$0]!))"
            }
        print("facts       " + context.joined(separator: "\n            "))
        PartnerText.section(
            "deadlines   ", deadlines.map { "\($0.event) due \(Timestamp.format($0.dueAt))" })
        PartnerText.section("open flags  ", flags.map(FlagText.line))
        PartnerText.section(
            "workflow flags ",
            workflowFlags.filter { $0.clearedAt == nil }.map { "\($0.level) \($0.category): \($0.reason)" })
        PartnerText.section(
            "next        ",
            available.map { event -> String in
                var line = event.event
                if !event.roles.isEmpty { line += " (" + event.roles.joined(separator: ", ") + ")" }
                if !event.requires.isEmpty {
                    line += " needs " + event.requires.map { "--set \($0)=..." }.joined(separator: " ")
                }
                return line
            })
    }
}

/// The text shapes of partners, shared by list and show.
enum PartnerText {
    /// Prints `lines` after `label`, each further line aligned under the first; nothing when
    /// there are none.
    static func section(_ label: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        print(label + lines.joined(separator: "\n" + String(repeating: " ", count: label.count)))
    }

    /// Where a record is: the path of each current state, `engagement/agreement/clauses_pending`.
    static func standing(_ snapshot: InstanceSnapshot?, _ definition: WorkflowDefinition?) -> String {
        standing(activeStates: snapshot?.activeStates, definition)
    }

    /// Where a record is whose lifecycle's active states are `activeStates` (`nil` for a record
    /// without a lifecycle instance); their ids when the definition no longer has one of them.
    static func standing(activeStates: [String]?, _ definition: WorkflowDefinition?) -> String {
        guard let activeStates else { return "(unknown)" }
        guard let paths = definition?.standing(activeStates: activeStates) else {
            return activeStates.joined(separator: " > ")
        }
        return paths.joined(separator: ", ")
    }

    static func display(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .array(let items): "[" + items.map(display).joined(separator: ", ") + "]"
        default: value.canonicalText
        }
    }
}
