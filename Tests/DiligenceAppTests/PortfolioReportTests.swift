import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The managers' portfolio report and the board indicators through the layer: every role but a
/// partner's staff reads them; allegation cases are counted under the small-cell rule for a role
/// that may not see them, left out for a role that reads none; filter values that are not ones
/// are refused with their field.
@Suite struct PortfolioReportTests {
    static func world() async throws -> AccessMatrixTests.World { try await AccessMatrixTests.world() }

    @Test func everyRoleButAPartnersStaffReadsThePortfolioAndTheIndicators() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let admin = try await world.actor("admin")
        _ = try await service.addAccount(NewAccount(name: "sofia", roles: ["hq_reviewer"]), by: admin)
        // Every role of the roles file: the partner's staff are refused below.
        for reader in ["amina", "james", "fatima", "henrik", "lucas", "sofia", "admin"] {
            let actor = try await world.actor(reader)
            #expect(service.mayReadPortfolio(actor), "\(reader)")
            let report = try await service.portfolioReport(by: actor)
            #expect(report.partners == 2, "\(reader)")
            #expect(report.table("standing")?.totals == [SmallCount(2)], "\(reader)")
            _ = try await service.portfolioIndicators(year: nil, by: actor)
        }
        for reader in ["wanjiru", "lucia"] {
            let actor = try await world.actor(reader)
            #expect(!service.mayReadPortfolio(actor))
            for attempt in [
                { _ = try await service.portfolioReport(by: actor) },
                { _ = try await service.portfolioIndicators(year: nil, by: actor) },
                { _ = try await service.portfolioRisk(by: actor) },
            ] as [() async throws -> Void] {
                let error = await refusal(attempt)
                #expect(error?.code == .notAllowed && error?.field == .actingRole, "\(reader)")
                #expect(error?.values["allowed"]?.contains("manager") == true)
                #expect(error?.values["allowed"]?.contains("partner") == false)
            }
        }
    }

    @Test func aSingleCaseIsNeverShownAsOneOrTwoToAManagerNorGivenBackByATotal() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        for reader in ["henrik", "amina", "james"] {
            let report = try await service.portfolioReport(by: try await world.actor(reader))
            let table = try #require(report.table("allegations"), "\(reader)")
            let shown = table.rows.flatMap(\.cells) + (table.totals ?? [])
            #expect(!shown.isEmpty && shown.allSatisfy { $0.isSuppressed || $0.value == 0 }, "\(reader)")
            #expect(report.isSuppressed)
            #expect(!table.csv.text.contains(",1\r\n") && table.csv.text.contains("total,<3\r\n"))
        }
        let focal = try await service.portfolioReport(by: try await world.actor("fatima"))
        #expect(focal.table("allegations")?.totals == [SmallCount(1)] && !focal.isSuppressed)
        // Procurement reads no allegation data: the table is left out, not drawn with zeros.
        let procurement = try await service.portfolioReport(by: try await world.actor("lucas"))
        #expect(procurement.table("allegations") == nil && !procurement.showsAllegations)
        // The case's partner filtered out: nothing to hide.
        let other = try await service.portfolioReport(
            PortfolioFilter(country: "CO"), by: try await world.actor("henrik"))
        #expect(other.table("allegations")?.rows.isEmpty == true)
        #expect(other.table("allegations")?.totals == [SmallCount(0)])
    }

    @Test func theFiltersCutEveryTable() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let henrik = try await world.actor("henrik")
        let kenya = try await service.portfolioReport(PortfolioFilter(country: "ke"), by: henrik)
        #expect(kenya.filter.country == "KE" && kenya.partners == 1)
        #expect(kenya.table("country")?.rows.map(\.key) == ["KE"])
        let ngos = try await service.portfolioReport(PortfolioFilter(type: "ngo"), by: henrik)
        #expect(ngos.table("type")?.rows.map(\.key) == ["ngo"] && ngos.partners == 1)
        let all = try await service.portfolioReport(by: henrik)
        let row = try #require(all.table("standing")?.rows.first { ($0.cells.first?.value ?? 0) > 0 })
        #expect(service.portfolioStandings.contains(row.key), "\(row.key)")
        #expect(all.table("standing")?.rows.map(\.key) == service.portfolioStandings)
        let same = try await service.portfolioReport(PortfolioFilter(standing: row.key), by: henrik)
        #expect(same.partners == row.cells.first?.value)
        let country = try #require(all.table("country")).csv.text
        #expect(country.hasPrefix("country,partners,assessed,locked,open_flags,training_short\r\n"))
        #expect(
            country.contains("\r\nCO,1,") && country.contains("\r\nKE,1,") && country.contains("\r\ntotal,2,")
        )
        #expect(all.table("flags")?.rows.map(\.key) == FlagLevel.allCases.map(\.rawValue))
    }

    @Test func filterValuesThatAreNotOnesAreRefusedWithTheirField() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let henrik = try await world.actor("henrik")
        let cases: [(PortfolioFilter, DiligenceError.Field)] = [
            (PortfolioFilter(country: "Kenya"), .country), (PortfolioFilter(country: "K1"), .country),
            (PortfolioFilter(type: "ngoo"), .partnerType),
            (PortfolioFilter(standing: "nowhere"), .recordState),
        ]
        for (filter, field) in cases {
            let error = await refusal { _ = try await service.portfolioReport(filter, by: henrik) }
            #expect(error?.code == .invalidValue && error?.field == field, "\(filter)")
        }
        let type = await refusal {
            _ = try await service.portfolioReport(PortfolioFilter(type: "ngoo"), by: henrik)
        }
        #expect(type?.values["suggestion"] == "ngo")
        let standing = await refusal {
            _ = try await service.portfolioReport(PortfolioFilter(standing: "nowhere"), by: henrik)
        }
        #expect(standing?.values["known"] == service.portfolioStandings.joined(separator: ", "))
        let thisYear = LocalDate(world.fixture.now).components.year
        #expect(try service.indicatorsYear(String(thisYear)) == thisYear)
        #expect(try service.indicatorsYear(nil) == nil && service.indicatorsYear("") == nil)
        for text in ["20x5", "99", "\(thisYear + 1)", "1899", "２０２５"] {
            let error = await refusal { _ = try service.indicatorsYear(text) }
            #expect(error?.field == .year && error?.values["latest"] == String(thisYear), "\(text)")
        }
    }
}
