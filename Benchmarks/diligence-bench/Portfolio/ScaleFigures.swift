import DiligenceCore
import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// `diligence-bench --scale-figures --db PATH`: on a generated portfolio (``PortfolioCommand``),
/// each scale figure of issue 17 beside the way it was computed before, in the same run:
/// `audit verify` (time and the process's peak memory, measured first), `tick` with nothing due
/// (the due partners found by their kept day, against a refresh of every running partner), the
/// risk report (the facts the refreshes kept, against reading every partner's records) and a
/// filtered page of the partner list (in SQL on the indexes, against every partner read and
/// filtered in memory). It writes nothing but what a tick writes.
enum ScaleFigures {
    static func run(_ arguments: [String], definitions: DefinitionSet) throws {
        guard let index = arguments.firstIndex(of: "--db"), let db = arguments.dropFirst(index + 1).first
        else {
            throw PortfolioError(
                "diligence-bench --scale-figures --db PATH (a portfolio made with --portfolio)")
        }
        let store = try StoreOpening.open(db, create: false, logger: Logger(label: "bench"))
        var report: [String: Any] = [
            "events": try store.logHeadSequence(), "partners": try store.partners().count,
        ]
        var intact = true
        var pages = 0
        report["verify_seconds"] = rounded(
            try Measure.seconds {
                intact = try store.verify { _, _ in pages += 1 }.isIntact
            }, 1)
        report["verify_intact"] = intact
        report["verify_peak_memory_megabytes"] = peakMegabytes()
        // The tick after the generation fires what its histories left due, and keeps every
        // partner's day; then the figures are taken on a tick with nothing due.
        let now = Date()
        _ = try store.tick(now: now, definitions: definitions)
        _ = try store.refreshAllPartners(now: now, definitions: definitions)
        let tick = try Measure.median(runs: 5) {
            _ = try store.tick(now: now, definitions: definitions)
            _ = try store.refreshAllPartners(now: now, definitions: definitions)
        }
        let everyPartner = try Measure.median(runs: 1) {
            _ = try store.tick(now: now, definitions: definitions)
            try store.refreshEveryPartnerNextTick()
            _ = try store.refreshAllPartners(now: now, definitions: definitions)
        }
        report["tick_nothing_due_seconds"] = rounded(tick, 3)
        report["tick_refreshing_every_partner_seconds"] = rounded(everyPartner, 3)
        let kept = try Measure.median(runs: 3) {
            _ = try store.portfolioRisk(now: now, definitions: definitions)
        }
        let read = try Measure.median(runs: 1) { _ = try store.portfolioRisk(now: now) }
        report["risk_report_seconds"] = rounded(kept, 3)
        report["risk_report_reading_every_record_seconds"] = rounded(read, 3)
        let filter = PartnerFilter(country: "KE", type: .ngo)
        var matching = 0
        let page = try Measure.median(runs: 21) {
            matching = try store.partners(matching: filter, limit: 50).total
        }
        let inMemory = try Measure.median(runs: 3) {
            let all = try store.partners()
            let instances = try store.partnerInstances()
            let rows = all.filter { $0.country == "KE" && $0.type == .ngo }.prefix(50).map {
                ($0, instances[$0.id])
            }
            precondition(rows.count <= 50)
        }
        report["partner_list_filtered_page_ms"] = rounded(page * 1000, 1)
        report["partner_list_filtered_in_memory_ms"] = rounded(inMemory * 1000, 1)
        report["partner_list_filtered_matching"] = matching
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// The process's peak resident memory so far, in megabytes.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return rounded(Double(usage.ru_maxrss) / 1024, 1)
    }
}
