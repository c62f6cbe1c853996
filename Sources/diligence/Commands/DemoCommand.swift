import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence demo`: a sample portfolio walked through the partner lifecycle.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a database with a sample portfolio and walk it through the partner lifecycle.",
        discussion: """
            Writes diligence-demo.sqlite (replacing an earlier demo file), or the empty or new file given with --db, \
            registers five partners and sends them the events of a year of due diligence on a simulated clock: \
            PSEA capacity assessments answered by the partners and rated by the UN, the lifecycle reading each \
            determination from its assessment, risk rules raising flags, training confirmed on recorded coverage, \
            agreements imported from XML and their PSEA clauses reviewed (one amended), partners becoming active, a \
            flag escalated to headquarters whose red level locks the partner until it is resolved, an \
            allegation reported with its details sealed (diligence-demo.key beside the file), assistance \
            beside the case and who sees what of it, a capacity-strengthening plan that goes overdue, a \
            closure. Refused events are shown with the reason. Ends with the portfolio and an \
            audit of the log.
            """)

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let definitions = try global.definitions()
        let (path, keyPath) = try Self.prepareFile(given: global.db)
        let store = try await Self.build(path: path, keyPath: keyPath, definitions: definitions)
        let service = DiligenceService(store: store, definitions: definitions)
        print("")
        print("Portfolio (\(path)):")
        try await PartnerTable.print(service, by: nil, json: false)
        let report = try await service.verifyLog()
        print("")
        print(
            report.isIntact
                ? "audit: the log is intact: \(report.eventsChecked) events chained, \(report.recordsChecked) records equal their replay"
                : "audit: \(report.problems.first!)")
        print("")
        print(
            "Look further: diligence audit risk --db \(path)   ·   diligence partner show P-0003 --db \(path)   ·   diligence history P-0002 --db \(path)"
        )
        print(
            "Restricted details: diligence allegation show G-0001 --restricted --db \(path) --key \(keyPath) --as grace.otieno --role psea_focal_point"
        )
    }
}

extension DemoCommand {
    /// The demo database's path and its key's: `given`, which must be new or hold no partner,
    /// else `diligence-demo.sqlite`, replaced with its key.
    static func prepareFile(given: String?) throws -> (path: String, keyPath: String) {
        let path = given ?? "diligence-demo.sqlite"
        // The demo's own key file seals its allegation details: never the key of a real database.
        let keyPath = (path as NSString).deletingPathExtension + ".key"
        if given == nil {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            try? FileManager.default.removeItem(atPath: keyPath)
        } else if FileManager.default.fileExists(atPath: path) {
            let existing = try storeCall {
                try DiligenceStore(path: path, create: false, logger: .init(label: "demo")).partners()
            }
            guard existing.isEmpty else {
                throw CommandFailure(
                    "\(path) already holds partners; the demo needs a new or empty database file")
            }
        }
        return (path, keyPath)
    }

    /// Creates the demo database at `path` (new or empty), its accounts and its year of due
    /// diligence, sealing allegation details with the key at `keyPath`. Everything is done through
    /// the application layer, by the demo's accounts, on the demo's simulated clock.
    static func build(path: String, keyPath: String, definitions: DefinitionSet) async throws
        -> DiligenceStore
    {
        let store = try storeCall {
            try DiligenceStore(path: path, create: true, logger: .init(label: "demo"))
        }
        let clock = DemoClock(DemoScript.start)
        var script = DemoScript(
            service: DiligenceService(store: store, definitions: definitions, clock: { clock.now }),
            clock: clock)
        script.keyFile = AllegationKeyFile(path: keyPath)
        // The accounts are made just before the demo's year starts.
        clock.set(DemoScript.start.addingTimeInterval(-3600))
        try await DemoScript.createStaffAccounts(script.service)
        clock.set(DemoScript.start)
        let partners = try await script.registerPortfolio()
        try await DemoScript.createPartnerAccounts(partners, service: script.service)
        try await script.run(portfolio: partners)
        return store
    }
}

/// The demo's scenario: who does what, when, on a simulated clock; each act is a call on the
/// application layer by the account that does it.
struct DemoScript {
    /// When the demo's year starts.
    static let start = Timestamp.parse("2026-01-05T09:00:00Z")!

    let service: DiligenceService
    /// The simulated clock the layer reads.
    let clock: DemoClock
    /// The key file that seals the demo's restricted allegation details.
    var keyFile = AllegationKeyFile(path: "diligence-demo.key")

    var definitions: DefinitionSet { service.definitions }
    /// The demo's time now.
    var now: Date { clock.now }

    static let officer = Actor(user: "amina.diallo", role: "programme_officer")
    static let procurement = Actor(user: "lucas.moreno", role: "procurement")
    static let focalPoint = Actor(user: "grace.otieno", role: "psea_focal_point")
    static let manager = Actor(user: "henrik.larsen", role: "manager")
    static let headquarters = Actor(user: "sofia.bianchi", role: "hq_reviewer")

    /// The demo's account `actor` names, signed in to act in its role.
    func signedIn(_ actor: Actor) async throws -> AuthenticatedActor {
        try await service.authenticate(actor.user, role: actor.role)
    }

    /// Registers the five partners of the portfolio; returns their ids.
    func registerPortfolio() async throws -> [String] {
        print("Registering the portfolio")
        return [
            try await register("Amani Women's Network", "KE", .cso),
            try await register("Rio Verde Community Health", "CO", .ngo),
            try await register("Horizon Relief International", "JO", .ingo),
            try await register("Ministry of Social Welfare", "MW", .government),
            try await register("Sahel Youth Forum", "NE", .cso),
        ]
    }

    /// Walks the registered portfolio through a year.
    func run(portfolio: [String]) async throws {
        let (amani, rio, horizon, ministry, sahel) = (
            portfolio[0], portfolio[1], portfolio[2], portfolio[3], portfolio[4]
        )
        try await assignOfficers([amani, rio, horizon, ministry], to: Self.officer)
        try await assignOfficers([sahel], to: Self.otherOfficer)

        chapter("January: PSEA capacity assessments start (the partners move into assessment)")
        let amaniAssessment = try await startAssessment(amani)
        let rioAssessment = try await startAssessment(rio)
        let horizonAssessment = try await startAssessment(horizon)
        try await send(ministry, "start_assessment", Self.partnerUser(ministry))
        try await send(ministry, "start_assessment", Self.officer)
        try await send(sahel, "close", Self.manager)
        try await send(sahel, "close", Self.manager, ["closure_reason": "Programme ended before engagement."])

        advance(days: 14)
        chapter("Mid-January: the partners answer the self-assessment; the UN reviews it")
        try await assess(amaniAssessment, of: amani, metStandards: 8)
        try await assess(rioAssessment, of: rio, metStandards: 3)
        try await assess(horizonAssessment, of: horizon, metStandards: 7)

        advance(days: 21)
        chapter("February: the lifecycle reads each determination from its assessment")
        try await send(amani, "complete_assessment", Self.officer)
        try await send(rio, "complete_assessment", Self.officer)
        try await send(horizon, "complete_assessment", Self.officer)
        try await send(ministry, "complete_assessment", Self.officer)
        try await addPlanItem(
            rioAssessment, "Adopt a PSEA policy and a code of conduct signed by all personnel", days: 60)
        try await addPlanItem(
            rioAssessment, "Set up a confidential reporting channel for communities", days: 120)
        try await assessment(rioAssessment, "start_monitoring", Self.officer)

        advance(days: 20)
        chapter("March: training is confirmed only on recorded coverage")
        try await send(amani, "confirm_training", Self.focalPoint)
        try await recordTraining(amani, staff: 12, volunteers: 30, trained: 12)
        try await confirmTraining(amani)
        try await recordTraining(horizon, staff: 40, volunteers: 10, trained: 31)
        try await confirmTraining(horizon)
        try await recordTraining(horizon, staff: 40, volunteers: 10, trained: 40)
        try await confirmTraining(horizon)

        advance(days: 7)
        chapter("March: procurement reviews the PSEA clauses of the partner agreements")
        let amaniAgreement = try await importAgreement(
            amani, Self.agreementXML, file: "amani-agreement-2026.xml")
        try await send(amaniAgreement, "start_review", Self.procurement)
        try await reviewAgreement(amaniAgreement, partner: amani)
        let horizonAgreement = try await importAgreement(
            horizon, Self.agreementWithoutFlowDown, file: "horizon-agreement-2026.xml")
        try await send(horizonAgreement, "start_review", Self.procurement)
        try await reviewAgreement(horizonAgreement, partner: horizon)

        advance(days: 23)
        chapter("April: Horizon's amended agreement; the engine's clock (tick) fires what is due")
        try await importAgreement(
            horizon, Self.agreementXML, file: "horizon-agreement-2026-amended.xml",
            agreement: horizonAgreement)
        try await reviewAgreement(horizonAgreement, partner: horizon)
        try await tick()

        advance(days: 120)
        chapter("August: concerns about Horizon's programme go up the flag ladder; a red flag locks it")
        let flag = try await raiseFlag(
            horizon, .safeguarding, .yellow, "Distribution site staffed by unscreened volunteers.",
            by: Self.officer)
        try await decideFlag(
            flag, .escalate, "Pattern across two sites; headquarters to decide.", by: Self.officer,
            partner: horizon)
        try await decideFlag(
            flag, .confirm, "Confirmed after the HQ safeguarding review.", by: Self.officer, partner: horizon)
        try await decideFlag(
            flag, .confirm, "Confirmed after the HQ safeguarding review.", by: Self.headquarters,
            partner: horizon)
        try await send(horizon, "resume", Self.manager)
        try await decideFlag(
            flag, .resolve, "Volunteers screened and trained; site supervision in place.",
            by: Self.headquarters, partner: horizon)
        try await send(horizon, "resume", Self.manager)

        advance(days: 35)
        chapter("September: an allegation against Amani's personnel; assistance starts at once")
        let allegation = try await reportAllegation(amani)
        try await assist(allegation)
        try await send(allegation, "report_to_un", Self.officer, ["reported_on": today])
        try await showWhoSeesWhat(allegation)

        advance(days: 30)
        chapter("October: the capacity-strengthening plan has run past its six months")
        try await tick()
    }

    var today: String { String(Timestamp.format(now).prefix(10)) }

    func advance(days: Int) { clock.set(now.addingTimeInterval(Double(days) * 86_400)) }

    func chapter(_ title: String) {
        print("")
        print("\(today)  \(title)")
    }

    func register(_ name: String, _ country: String, _ type: PartnerType) async throws -> String {
        let partner = try await service.registerPartner(
            name: name, country: country, type: type, by: try await signedIn(Self.officer))
        print("  \(partner.id)  \(name) (\(country), \(type.rawValue))")
        return partner.id
    }

    func send(
        _ subject: String, _ event: String, _ actor: Actor, _ data: KeyValuePairs<String, String> = [:]
    ) async throws {
        let sets = data.map { " \($0.key)=\($0.value)" }.joined()
        let who = "\(actor.user) (\(actor.role))"
        do {
            let result = try await service.send(
                event, to: subject, data: data.map { ($0.key, $0.value) }, by: try await signedIn(actor))
            let standing = PartnerText.standing(
                InstanceSnapshot(result.step.instance, definition: result.definition), result.definition)
            print("  \(subject)  \(event)\(sets) by \(who): now \(standing)")
            for effect in result.step.effects {
                switch effect {
                case .flagRaised(_, let level, let reason):
                    print("           flag raised (\(level.rawValue)): \(reason)")
                case .notification(let role, let message): print("           notify \(role): \(message)")
                default: break
                }
            }
        } catch {
            print("  \(subject)  \(event)\(sets) by \(who): REFUSED, \(try Self.refusal(error))")
        }
    }

    /// Why the layer or the workflow refused an act (its rule, the red flag that locks the
    /// partner, the account's role or scope); any other failure is thrown on.
    static func refusal(_ error: any Error) throws -> String {
        switch error {
        case let error as StoreError:
            switch error {
            case .rejected(_, _, let rejection): return CoreErrorMessages.text(rejection)
            case .locked, .caseOutsideAssignment, .partnerOutsideAssignment, .caseRefused, .ruleStillHolds,
                .badEventData, .badChange, .badAgreementChange, .invalidInput:
                return StoreErrorMessages.text(error)
            default: throw CommandFailure(StoreErrorMessages.text(error))
            }
        case let error as DiligenceError where error.code == .notAllowed:
            return CLIMessages.text(error)
        default:
            throw error
        }
    }

    /// The administrator fires what is due (and the partners' lifecycles move on with the date).
    func tick() async throws {
        let outcome = try await service.tick(
            by: try await service.authenticate(Self.administrator.name, role: nil))
        if outcome.fired.isEmpty { print("  nothing due") }
        for deadline in outcome.fired {
            print(
                "  \(deadline.subject)  deadline \(deadline.event) (due \(Timestamp.format(deadline.dueAt).prefix(10))) \(deadline.refusal.map { "dropped: \($0)" } ?? "fired")"
            )
        }
        for partner in outcome.movedPartners {
            print("  \(partner)  its lifecycle moved on as its facts changed with the date")
        }
    }
}
