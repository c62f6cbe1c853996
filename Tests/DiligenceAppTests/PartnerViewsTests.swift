import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The views the web pages show, built in the layer: the partner list (filters, order, pages),
/// a partner's page and my work, each as the acting account may see it.
@Suite struct PartnerViewsTests {
    static func portfolio() async throws -> (AppFixture, AuthenticatedActor) {
        let (fixture, admin) = try await AppFixture.withAccounts([
            NewAccount(name: "amina", roles: ["programme_officer"], scope: ["KE"]),
            NewAccount(name: "henrik", roles: ["manager"]),
        ])
        let officer = Actor(user: "amina", role: "programme_officer")
        for (name, country, type) in [
            ("Amani Women's Network", "KE", PartnerType.cso), ("Rio Verde", "CO", .ngo),
            ("Horizon Relief", "JO", .ingo),
            ("Kisumu Youth", "KE", .cso),
        ] {
            _ = try fixture.store.registerPartner(
                name: name, country: country, type: type, actor: officer, definitions: AppFixture.definitions,
                now: fixture.now)
        }
        _ = try await fixture.service.addAccount(
            NewAccount(name: "wanjiru", roles: ["partner"], partner: "P-0001"), by: admin)
        return (fixture, admin)
    }

    @Test func theListFiltersSortsAndPages() async throws {
        let (fixture, _) = try await Self.portfolio()
        let henrik = try await fixture.service.authenticate("henrik", role: nil)
        let kenya = try await fixture.service.partnerList(PartnerQuery(country: "ke"), by: henrik)
        #expect(kenya.partners.map(\.id) == ["P-0001", "P-0004"])
        #expect(kenya.countries == ["CO", "JO", "KE"])
        let byName = try await fixture.service.partnerList(
            PartnerQuery(sort: .name, descending: true), by: henrik)
        #expect(
            byName.partners.map(\.name) == [
                "Rio Verde", "Kisumu Youth", "Horizon Relief", "Amani Women's Network",
            ])
        let text = try await fixture.service.partnerList(PartnerQuery(text: "RELIEF"), by: henrik)
        #expect(text.partners.map(\.id) == ["P-0003"])
        let paged = try await fixture.service.partnerList(PartnerQuery(page: 2, pageSize: 3), by: henrik)
        #expect(paged.partners.map(\.id) == ["P-0004"] && paged.pages == 2 && paged.total == 4)
        let beyond = try await fixture.service.partnerList(PartnerQuery(page: 99, pageSize: 3), by: henrik)
        #expect(beyond.page == 2)
        let registered = try await fixture.service.partnerList(
            PartnerQuery(standing: "registered"), by: henrik)
        #expect(registered.total == 4)
        let flagged = try await fixture.service.partnerList(PartnerQuery(openFlags: true), by: henrik)
        #expect(flagged.total == 0)
    }

    @Test func aPartnersStaffSeeTheirPartnerOnlyAndAnotherIsUnknown() async throws {
        let (fixture, _) = try await Self.portfolio()
        let wanjiru = try await fixture.service.authenticate("wanjiru", role: nil)
        let list = try await fixture.service.partnerList(PartnerQuery(), by: wanjiru)
        #expect(list.partners.map(\.id) == ["P-0001"])
        #expect(list.countries == ["KE"])
        let own = try await fixture.service.partnerPage("P-0001", by: wanjiru)
        #expect(own.summary.name == "Amani Women's Network")
        await #expect {
            _ = try await fixture.service.partnerPage("P-0002", by: wanjiru)
        } throws: { error in
            if case .unknownSubject("P-0002", nil)? = error as? StoreError { return true }
            return false
        }
        let rows = try fixture.logRows()
        await #expect(throws: StoreError.self) {
            try await fixture.service.send("start_assessment", to: "P-0002", data: [], by: wanjiru)
        }
        #expect(try fixture.logRows() == rows)
    }

    @Test func thePageOffersTheEventsTheRoleMaySendAndNamesWhoMaySendTheOthers() async throws {
        let (fixture, _) = try await Self.portfolio()
        let henrik = try await fixture.service.authenticate("henrik", role: nil)
        let amina = try await fixture.service.authenticate("amina", role: nil)
        let asManager = try await fixture.service.partnerPage("P-0002", by: henrik)
        let asOfficer = try await fixture.service.partnerPage("P-0002", by: amina)
        #expect(asManager.actions.allSatisfy { $0.roles.isEmpty || $0.roles.contains("manager") })
        #expect(asOfficer.actions.map(\.event).contains("start_assessment"))
        #expect(asManager.othersActions.map(\.event).contains("start_assessment"))
        #expect(asOfficer.summary.standing == ["registered"])
        #expect(asOfficer.history.first?.name == "register")
    }

    @Test func myWorkListsWhatTheRoleMayDoOnTheFollowedPartners() async throws {
        let (fixture, _) = try await Self.portfolio()
        let amina = try await fixture.service.authenticate("amina", role: nil)
        // Amina follows the partners of her scope (Kenya): nobody assigned her any.
        let work = try await fixture.service.myWork(by: amina)
        #expect(Set(work.map(\.subject)) == ["P-0001", "P-0004"])
        #expect(work.allSatisfy { $0.events.contains("start_assessment") && $0.kind == "partner" })
        let wanjiru = try await fixture.service.authenticate("wanjiru", role: nil)
        #expect(try await fixture.service.myWork(by: wanjiru).allSatisfy { $0.partner == "P-0001" })
    }

    @Test func aDeadlinePassingMakesTheKeptWorkOverdueWithoutAChangeOfTheLog() async throws {
        let (fixture, _) = try await Self.portfolio()
        let amina = try await fixture.service.authenticate("amina", role: nil)
        try await fixture.service.send("start_assessment", to: "P-0004", data: [], by: amina)
        let before = try await fixture.service.myWorkList(by: amina)
        #expect(before.items.map(\.subject) == ["P-0004", "P-0001"])
        #expect(before.items.allSatisfy { !$0.isOverdue })
        let rows = try fixture.logRows()
        fixture.advance(days: 91)
        let after = try await fixture.service.myWorkList(by: amina)
        #expect(try fixture.logRows() == rows)
        #expect(after.items.map(\.subject) == ["P-0004", "P-0001"])
        #expect(after.items.map(\.isOverdue) == [true, false])
        #expect(after.viewKey != before.viewKey)
    }

    @Test func aPageReadsItsViewsAtTheHeadOfItsSessionCheck() async throws {
        let (fixture, _) = try await Self.portfolio()
        let henrik = try await fixture.service.authenticate("henrik", role: nil)
        let checked = try await fixture.service.resume(
            account: "henrik", role: "manager", signedInAt: fixture.now)
        #expect(try await fixture.service.partnerList(PartnerQuery(), by: henrik).total == 4)
        _ = try fixture.store.registerPartner(
            name: "Nakuru Relief", country: "KE", type: .ngo,
            actor: Actor(user: "amina", role: "programme_officer"),
            definitions: AppFixture.definitions, now: fixture.now)
        // Within the page, the head checked with the session: the views kept for it.
        let pinned = try await fixture.service.readingAt(checked.logHead) {
            try await fixture.service.partnerList(PartnerQuery(), by: henrik)
        }
        #expect(pinned.total == 4)
        // The next page reads the new head.
        #expect(try await fixture.service.partnerList(PartnerQuery(), by: henrik).total == 5)
    }

    @Test func theKeptViewsFollowEveryChangeOfTheLog() async throws {
        let (fixture, _) = try await Self.portfolio()
        let amina = try await fixture.service.authenticate("amina", role: nil)
        #expect(try await fixture.service.partnerList(PartnerQuery(), by: amina).total == 4)
        #expect(try await fixture.service.myWork(by: amina).count == 2)
        _ = try fixture.store.registerPartner(
            name: "Nakuru Relief", country: "KE", type: .ngo,
            actor: Actor(user: "amina", role: "programme_officer"),
            definitions: AppFixture.definitions, now: fixture.now)
        #expect(try await fixture.service.partnerList(PartnerQuery(), by: amina).total == 5)
        #expect(try await fixture.service.myWork(by: amina).map(\.subject).contains("P-0005"))
        try await fixture.service.send("start_assessment", to: "P-0005", data: [], by: amina)
        let standing = try await fixture.service.partnerList(PartnerQuery(text: "Nakuru"), by: amina).partners
            .first?.standing
        #expect(standing != ["registered"])
    }

    @Test func aKeptFilteredListFollowsTheLogAndEachFilterKeepsItsOwn() async throws {
        let (fixture, _) = try await Self.portfolio()
        let henrik = try await fixture.service.authenticate("henrik", role: nil)
        let kenya = PartnerQuery(country: "KE", sort: .name, descending: true, pageSize: 1)
        #expect(try await fixture.service.partnerList(kenya, by: henrik).partners.map(\.id) == ["P-0004"])
        var second = kenya
        second.page = 2
        let page2 = try await fixture.service.partnerList(second, by: henrik)
        #expect(page2.partners.map(\.id) == ["P-0001"] && page2.pages == 2 && page2.total == 2)
        // A text typed into one filter is not taken for another filter's value.
        #expect(try await fixture.service.partnerList(PartnerQuery(text: "KE"), by: henrik).total == 0)
        #expect(try await fixture.service.partnerList(PartnerQuery(text: "1:KE|"), by: henrik).total == 0)
        _ = try fixture.store.registerPartner(
            name: "Zawadi Trust", country: "KE", type: .ngo,
            actor: Actor(user: "amina", role: "programme_officer"),
            definitions: AppFixture.definitions, now: fixture.now)
        let after = try await fixture.service.partnerList(kenya, by: henrik)
        #expect(after.partners.map(\.id) == ["P-0005"] && after.total == 3)
        #expect(after.countries == ["CO", "JO", "KE"])
    }
}
