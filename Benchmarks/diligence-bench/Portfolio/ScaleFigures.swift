import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence-bench --scale-figures --db PATH`: on a generated portfolio (``PortfolioCommand``),
/// each scale figure of issue 17 beside the way it was computed before, in the same run:
/// `audit verify` (time and the process's peak memory, measured first), `tick` with nothing due
/// (the due partners found by their kept day, against a refresh of every running partner), the
/// risk report (the facts the refreshes kept, against reading every partner's records) and a
/// filtered page of the partner list (in SQL on the indexes, against every partner read and
/// filtered in memory); then the managers' portfolio page as the server makes it (without its
/// cache), what every page's navigation counts (``WorkFigures``) and the whole `audit risk`
/// command, when the `diligence` binary is built beside this one. It writes nothing but what a
/// tick writes and the sign-ins of ``WorkFigures``. `--skip-verify` leaves out `audit verify`.
enum ScaleFigures {
    static func run(_ arguments: [String], definitions: DefinitionSet) async throws {
        let (db, store) = try PortfolioDatabase.open(arguments, for: "--scale-figures")
        var report: [String: Any] = [
            "events": try store.logHeadSequence(), "partners": try store.partners().count,
        ]
        if !arguments.contains("--skip-verify") {
            var intact = true
            report["verify_seconds"] = rounded(
                try Measure.seconds { intact = try store.verify().isIntact }, 1)
            report["verify_intact"] = intact
            report["verify_peak_memory_megabytes"] = peakMegabytes()
        }
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
        report["portfolio_page_seconds"] = rounded(
            try await portfolioPage(store: store, definitions: definitions, now: now), 3)
        report.merge(try await WorkFigures.run(store: store, definitions: definitions, now: now)) { $1 }
        if let command = try auditRiskCommand(db: db) {
            report["audit_risk_command_seconds"] = rounded(command, 3)
        }
        try PortfolioDatabase.print(report)
    }

    /// The median time of the managers' portfolio page, each time by a new service (a server's
    /// first page after a write), as the portfolio's manager reads it.
    static func portfolioPage(store: DiligenceStore, definitions: DefinitionSet, now: Date) async throws
        -> Double
    {
        var timings: [Double] = []
        for _ in 0..<3 {
            let service = DiligenceService(store: store, definitions: definitions, clock: { now })
            let manager = try await service.authenticate(PortfolioAccounts.manager.user, role: "manager")
            let start = Date()
            let report = try await service.portfolioReport(PortfolioFilter(), by: manager)
            timings.append(Date().timeIntervalSince(start))
            precondition(report.partners > 0)
        }
        return timings.sorted()[1]
    }

    /// The median time of `diligence audit risk` on `db`, its text written to nothing; `nil`
    /// when the `diligence` binary is not built beside this one.
    static func auditRiskCommand(db: String) throws -> Double? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("diligence")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        return try Measure.median(runs: 3) {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["audit", "risk", "--db", db]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw PortfolioError("diligence audit risk --db \(db) failed (\(process.terminationStatus))")
            }
        }
    }

    /// The process's peak resident memory so far, in megabytes.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return rounded(Double(usage.ru_maxrss) / 1024, 1)
    }
}
