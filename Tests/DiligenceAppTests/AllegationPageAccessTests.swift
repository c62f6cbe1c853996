import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The reads behind the web's allegation pages, a record's timeline and the workflow pages, for
/// every role: the focal point opens restricted details (a logged read) and sees who read them;
/// the officer of the case's partner sees its case fields only; an officer not assigned to it, a
/// manager, procurement, the partner's own staff and another partner's staff are refused; a
/// disabled account cannot act at all.
@Suite struct AllegationPageAccessTests {
    typealias World = AccessMatrixTests.World

    func page(_ world: World, _ name: String, restricted: Bool = false) async throws -> AllegationPage {
        try await world.fixture.service.allegationPage(
            world.allegation, restricted: restricted, keyFile: world.key, command: "web",
            by: try await world.actor(name))
    }

    @Test func theFocalPointOpensTheDetailsAndTheReadIsListed() async throws {
        let world = try await AccessMatrixTests.world()
        let closed = try await page(world, "fatima")
        #expect(closed.mayOpenRestricted && !closed.view.restrictedShown)
        #expect(closed.view.value("narrative") == nil)
        #expect(closed.reads?.isEmpty == true)
        #expect(closed.status == "received" && closed.assistance == "awaiting_consent")
        #expect(closed.reportDueAt != nil)
        #expect(closed.actions.map(\.event).contains("consent_given"))
        let rows = try world.fixture.logRows()
        let opened = try await page(world, "fatima", restricted: true)
        #expect(opened.view.value("narrative") == .string(AccessMatrixTests.narrative))
        #expect(try world.fixture.logRows() == rows + 1)
        let after = try await page(world, "fatima")
        #expect(after.reads?.map(\.name) == ["read_restricted"])
        #expect(after.reads?.first?.actor.user == "fatima")
    }

    @Test func theOfficerOfThePartnerSeesCaseFieldsOnlyAndNoReads() async throws {
        let world = try await AccessMatrixTests.world()
        let rows = try world.fixture.logRows()
        // Asking for the details as an officer opens nothing and logs nothing.
        let seen = try await page(world, "amina", restricted: true)
        #expect(!seen.mayOpenRestricted && !seen.view.restrictedShown && seen.reads == nil)
        #expect(seen.view.value("narrative") == nil && seen.view.value("victims") == nil)
        #expect(seen.view.value("partner") == .string(world.first))
        #expect(seen.actions.map(\.event) == ["report_to_un"])
        #expect(try world.fixture.logRows() == rows)
        let timeline = try await world.fixture.service.timeline(
            world.allegation, by: try await world.actor("amina"))
        let text = "\(timeline.events.map(\.data))"
        #expect(!text.contains("NARRATIVE") && !text.contains("sealed") && !text.contains("victims"))
        #expect(timeline.kind == "allegation" && timeline.partner == world.first)
    }

    @Test(arguments: ["james", "henrik", "lucas", "wanjiru", "lucia"])
    func everyOtherAccountIsRefusedTheCaseAndItsTimeline(name: String) async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let actor = try await world.actor(name)
        let rows = try world.fixture.logRows()
        await #expect(throws: (any Error).self) { _ = try await page(world, name) }
        await #expect(throws: (any Error).self) {
            _ = try await service.timeline(world.allegation, by: actor)
        }
        await #expect(throws: (any Error).self) {
            _ = try await service.restrictedReads(subject: world.allegation, by: actor)
        }
        #expect(try world.fixture.logRows() == rows)
        #expect(
            try await service.myWork(by: actor).allSatisfy { $0.kind != "allegation" },
            "\(name) sees no case in their work")
    }

    @Test func theManagerGetsCountsUnderTheSmallCellRuleAndPartnersNothing() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        guard
            case .totals(let totals) = try await service.allegationCases(by: try await world.actor("henrik"))
        else {
            Issue.record("a manager reads totals only")
            return
        }
        #expect(totals.cases.isSuppressed && totals.open.isSuppressed)
        #expect(service.readsAllegations(try await world.actor("henrik")))
        for name in ["lucas", "wanjiru", "lucia"] {
            let actor = try await world.actor(name)
            #expect(!service.readsAllegations(actor))
            #expect(
                await refusal { _ = try await service.allegationCases(by: actor) }?.code
                    == .readsNoAllegations)
        }
        #expect(service.readsRestrictedDetails(try await world.actor("fatima")))
        #expect(!service.readsRestrictedDetails(try await world.actor("amina")))
        #expect(service.mayReportAllegations(try await world.actor("amina")))
        #expect(!service.mayReportAllegations(try await world.actor("henrik")))
    }

    @Test func theReportDeadlineIsInTheWorkOfThoseWhoTakeTheNextStep() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        for name in ["fatima", "amina"] {
            let items = try await service.myWork(by: try await world.actor(name))
            let item = try #require(items.first { $0.subject == world.allegation }, "\(name)")
            #expect(item.kind == "allegation" && item.dueAt != nil && !item.isOverdue)
        }
        world.fixture.advance(days: 3)
        let late = try await service.myWork(by: try await world.actor("amina"))
        #expect(late.first { $0.subject == world.allegation }?.isOverdue == true)
    }

    @Test func aDisabledAccountCannotReadAnything() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let admin = try await service.authenticate("admin", role: nil)
        _ = try await service.disable("fatima", by: admin)
        #expect(await refusal { _ = try await world.actor("fatima") }?.code == .accountDisabled)
    }

    @Test func aTimelineFollowsTheRecordsOwnRules() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let wanjiru = try await world.actor("wanjiru")
        let own = try await service.timeline(world.first, by: wanjiru)
        #expect(own.kind == "partner" && own.partner == world.first && !own.events.isEmpty)
        #expect(own.events.first?.occurredAt ?? .distantPast >= own.events.last?.occurredAt ?? .distantFuture)
        for subject in [world.second, world.assessment] {
            await #expect { _ = try await service.timeline(subject, by: wanjiru) } throws: {
                isUnknownRecord($0, subject)
            }
        }
        let assessment = try await service.timeline(world.assessment, by: try await world.actor("lucia"))
        #expect(assessment.kind == "assessment" && assessment.partner == world.second)
    }

    @Test func everyShippedWorkflowIsChartedWithAllItsTransitions() async throws {
        let service = try AppFixture().service
        let charts = service.workflowCharts
        #expect(Set(charts.map(\.id)) == Set(AppFixture.definitions.workflows.keys))
        let allegation = try service.workflowChart("allegation-case")
        #expect(allegation.states.first { $0.id == "received" }?.path == "open/case/received")
        #expect(allegation.states.first { $0.id == "received" }?.isInitial == true)
        let report = allegation.transitions.filter { $0.event == "report_to_un" }
        #expect(report.count == 2 && report.allSatisfy { $0.requires == ["reported_on"] })
        #expect(report.contains { $0.condition == "reported_on > report_due_on" })
        #expect(allegation.transitions.contains { $0.trigger == "done" && $0.to == "archived" })
        #expect(
            allegation.transitions.count
                == AppFixture.definitions.workflows["allegation-case"]?.states.map(\.allTransitions.count)
                .reduce(
                    0, +))
        #expect(await refusal { _ = try service.workflowChart("no-such-workflow") }?.code == .unknownRecord)
    }
}
