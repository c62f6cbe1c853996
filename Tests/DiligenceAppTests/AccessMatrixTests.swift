import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// Who sees what, decided once by the layer: role x record kind x read or command, with partner
/// users on other partners' records and disabled accounts.
@Suite struct AccessMatrixTests {
    static let narrative = "NARRATIVE-4c1d: what happened at the site"

    /// Two partners; an allegation case on the first; accounts for every role; the programme
    /// officer `amina` follows the first partner, `james` follows none.
    struct World {
        let fixture: AppFixture
        let key: AllegationKeyFile
        let first: String
        let second: String
        let allegation: String
        let assessment: String

        func actor(_ name: String) async throws -> AuthenticatedActor {
            try await fixture.service.authenticate(name, role: nil)
        }
    }

    static func world() async throws -> World {
        let (fixture, admin) = try await AppFixture.withAccounts(simulatedClock: true)
        let service = fixture.service
        let definitions = AppFixture.definitions
        let officer = Actor(user: "amina", role: "programme_officer")
        let first = try fixture.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: officer, definitions: definitions,
            now: fixture.now
        ).id
        let second = try fixture.store.registerPartner(
            name: "Rio Verde", country: "CO", type: .ngo, actor: officer, definitions: definitions,
            now: fixture.now
        ).id
        for account in [
            NewAccount(name: "amina", roles: ["programme_officer"]),
            NewAccount(name: "james", roles: ["programme_officer"]),
            NewAccount(name: "fatima", roles: ["psea_focal_point"]),
            NewAccount(name: "henrik", roles: ["manager"]),
            NewAccount(name: "lucas", roles: ["procurement"]),
            NewAccount(name: "wanjiru", roles: ["partner"], partner: first),
            NewAccount(name: "lucia", roles: ["partner"], partner: second),
        ] {
            _ = try await service.addAccount(account, by: admin)
        }
        try fixture.store.assignOfficer(
            "amina", to: first, actor: Actor(user: "henrik", role: "manager"),
            policy: definitions.confidentiality.assignment, now: fixture.now)
        let assessment = try fixture.store.startAssessment(
            partner: second, questionnaire: "psea-common", actor: officer, definitions: definitions,
            now: fixture.now)
        let keyFile = AllegationKeyFile(path: fixture.directory.appendingPathComponent("diligence.key").path)
        let report = try AllegationReport(
            partner: first, received: "2026-01-01", type: "sexual_exploitation", victims: "women=1",
            restricted: ["narrative": narrative], today: LocalDate(fixture.now))
        let allegation = try fixture.store.reportAllegation(
            report, actor: Actor(user: "fatima", role: "psea_focal_point"), key: try keyFile.loadOrCreate(),
            definitions: definitions, now: fixture.now)
        return World(
            fixture: fixture, key: keyFile, first: first, second: second, allegation: allegation,
            assessment: assessment)
    }

    @Test func caseListsFollowTheConfidentialityMatrix() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        guard
            case .cases(let focal, _) = try await service.allegationCases(by: try await world.actor("fatima"))
        else {
            Issue.record("the focal point reads cases")
            return
        }
        #expect(focal.map(\.id) == [world.allegation] && focal[0].notShown.contains("narrative"))
        guard case .cases(let own, _) = try await service.allegationCases(by: try await world.actor("amina"))
        else {
            Issue.record("the officer of the case's partner reads its case fields")
            return
        }
        #expect(
            own.map(\.id) == [world.allegation] && own[0].value("narrative") == nil && own[0].notShown.isEmpty
        )
        guard
            case .cases(let other, let unassigned) = try await service.allegationCases(
                by: try await world.actor("james"))
        else {
            Issue.record("an officer reads cases")
            return
        }
        #expect(other.isEmpty && unassigned)
        guard
            case .totals(let totals) = try await service.allegationCases(by: try await world.actor("henrik"))
        else {
            Issue.record("a manager reads totals only")
            return
        }
        #expect(totals.cases.isSuppressed && totals.victims["women"]?.isSuppressed == true)
        for reader in ["lucas", "wanjiru"] {
            let error = await refusal {
                _ = try await service.allegationCases(by: try await world.actor(reader))
            }
            #expect(error?.code == .readsNoAllegations, "\(reader)")
        }
    }

    @Test func aCaseIsShownToItsReadersOnlyAndEveryRestrictedReadIsLogged() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let id = world.allegation
        let shown = try await service.allegationCase(
            id, restricted: true, keyFile: world.key, command: "test", by: try await world.actor("fatima"))
        #expect(shown.value("narrative") == .string(Self.narrative) && shown.restrictedShown)
        let officer = try await service.allegationCase(
            id, restricted: false, keyFile: world.key, command: "test", by: try await world.actor("amina"))
        #expect(officer.value("narrative") == nil && officer.value("status") != nil)
        do {
            _ = try await service.allegationCase(
                id, restricted: true, keyFile: world.key, command: "test", by: try await world.actor("amina"))
            Issue.record("an officer may not read restricted details")
        } catch StoreError.restrictedRefused {}
        do {
            _ = try await service.allegationCase(
                id, restricted: false, keyFile: world.key, command: "test", by: try await world.actor("james")
            )
            Issue.record("an officer sees their own partners' cases only")
        } catch StoreError.caseOutsideAssignment {}
        do {
            _ = try await service.allegationCase(
                id, restricted: false, keyFile: world.key, command: "test",
                by: try await world.actor("henrik"))
            Issue.record("a manager sees no single case")
        } catch StoreError.caseRefused {}
        let reads = try world.fixture.store.restrictedReads(subject: id)
        #expect(reads.map(\.name) == ["read_restricted", "read_refused"])
        #expect(reads.map(\.actor.user) == ["fatima", "amina"])

        // Who read the case is shown to the case's readers, of the partners they may see.
        #expect(try await service.restrictedReads(subject: id, by: nil).count == 2)
        #expect(try await service.restrictedReads(by: try await world.actor("fatima")).count == 2)
        #expect(try await service.restrictedReads(subject: id, by: try await world.actor("amina")).count == 2)
        #expect(try await service.restrictedReads(by: try await world.actor("james")).isEmpty)
        for reader in ["henrik", "lucas", "wanjiru"] {
            await #expect(throws: (any Error).self, "\(reader)") {
                _ = try await service.restrictedReads(subject: id, by: try await world.actor(reader))
            }
            await #expect(throws: (any Error).self, "\(reader)") {
                _ = try await service.restrictedReads(by: try await world.actor(reader))
            }
        }
    }

    @Test func aCasesHistoryAndTheLogShowEachRoleOnlyWhatItReads() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let anonymous = await refusal { _ = try await service.history(world.allegation, by: nil) }
        #expect(anonymous?.code == .caseNeedsReader)
        do {
            _ = try await service.history(world.allegation, by: try await world.actor("henrik"))
            Issue.record("a manager reads no case's history")
        } catch StoreError.caseRefused {}
        let focal = try await service.history(world.allegation, by: try await world.actor("fatima"))
        #expect(!focal.isEmpty)
        let log = try await service.log(by: nil)
        let caseRows = log.filter { $0.subject == world.allegation }
        #expect(!caseRows.isEmpty && caseRows.allSatisfy { $0.data["allegation"]?["partner"] == nil })
        #expect(!log.contains { $0.data.canonicalText.contains("NARRATIVE-4c1d") })
    }

    @Test func aPartnersStaffSeeTheirOwnPartnersRecordsOnly() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let wanjiru = try await world.actor("wanjiru")
        let lucia = try await world.actor("lucia")
        #expect(try await service.history(world.first, by: wanjiru).first?.name == "register")
        for (record, actor) in [(world.second, wanjiru), (world.assessment, wanjiru), (world.first, lucia)] {
            do {
                _ = try await service.history(record, by: actor)
                Issue.record("\(actor.account.name) saw \(record)")
            } catch StoreError.unknownSubject(let id, _) {
                #expect(id == record)
            }
        }
        try service.checkRecord(world.assessment, visibleTo: lucia)
        #expect(throws: StoreError.self) { try service.checkRecord(world.allegation, visibleTo: lucia) }
        let own = try await service.log(by: lucia)
        #expect(!own.isEmpty && own.allSatisfy { [world.second, world.assessment].contains($0.subject) })
    }

    @Test func aDisabledAccountCanNoLongerAct() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let admin = try await world.actor("admin")
        _ = try await service.disable("fatima", by: admin)
        let error = await refusal { _ = try await world.actor("fatima") }
        #expect(error?.code == .accountDisabled)
    }
}

/// The managers' risk report never shows a count that singles out a case to a reader that may not
/// see it.
@Suite struct RiskReportSmallCellTests {
    /// The open allegation count the report shows on `partner`'s line.
    private func open(_ report: RiskReport, _ partner: String) -> SmallCount? {
        report.risk.lines.firstIndex { $0.partner.id == partner }.map(report.open(at:))
    }

    @Test func aPartnersSingleCaseIsACountOnlyItsReadersSee() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        for reader in [nil, "henrik", "amina", "lucas"] as [String?] {
            let actor = try await reader.asyncMap { try await world.actor($0) }
            let report = try await service.portfolioRisk(by: actor)
            #expect(open(report, world.first)?.isSuppressed == true, "\(reader ?? "operator")")
            #expect(report.openAllegationsOverall.isSuppressed, "\(reader ?? "operator")")
            #expect(report.openAllegationsByCountry["KE"]?.isSuppressed == true)
            #expect(open(report, world.second)?.value == 0)
        }
        let focal = try await service.portfolioRisk(by: try await world.actor("fatima"))
        #expect(open(focal, world.first) == SmallCount(1) && !focal.isSuppressed)
    }
}

extension Optional {
    /// `map` with an asynchronous transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

/// The board report's allegation figures follow the same rule.
@Suite struct IndicatorsSmallCellTests {
    @Test func oneCaseReceivedIsACountOnlyItsReadersSee() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let year = Calendar(identifier: .gregorian).component(.year, from: world.fixture.now)
        for reader in [nil, "henrik"] as [String?] {
            let actor = try await reader.asyncMap { try await world.actor($0) }
            let report = try await service.portfolioIndicators(year: year, by: actor)
            #expect(report.allegations.received.isSuppressed && report.allegations.open.isSuppressed)
            #expect(report.allegations.byStatus.values.allSatisfy { $0.isSuppressed || $0.value == 0 })
        }
        let focal = try await service.portfolioIndicators(year: year, by: try await world.actor("fatima"))
        #expect(focal.allegations.received == SmallCount(1) && !focal.allegations.isSuppressed)
    }
}

/// The focal points of a partner are those whose scope includes it.
@Suite struct PartnerRecipientsTests {
    @Test func theFocalPointsOfAPartnerAreThoseWhoseScopeIncludesIt() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let admin = try await world.actor("admin")
        _ = try await service.addAccount(
            NewAccount(name: "grace", roles: ["psea_focal_point"], scope: ["KE"]), by: admin)
        _ = try await service.addAccount(
            NewAccount(name: "sofia", roles: ["psea_focal_point"], scope: ["CO"]), by: admin)
        _ = try await service.disable("sofia", by: admin)
        // fatima has no scope: every country.
        #expect(
            try await service.accounts(holding: "psea_focal_point", for: world.first).map(\.name) == [
                "fatima", "grace",
            ])
        #expect(
            try await service.accounts(holding: "psea_focal_point", for: world.second).map(\.name) == [
                "fatima"
            ])
        #expect(try await service.accounts(holding: "partner", for: world.second).map(\.name) == ["lucia"])
    }
}
