import DiligenceApp
import DiligenceCore
import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// `diligence-bench --portfolio COUNT --db PATH [--verify]`: generates a portfolio of COUNT
/// partners with about 50 events each into a new SQLite file, or a new PostgreSQL database
/// (generated in SQLite, then copied as `migrate-store` copies), and prints what it made, the
/// accounts to use it and, with `--verify`, how long `audit verify` takes on it.
enum PortfolioCommand {
    static let usage =
        "--portfolio COUNT --db PATH [--verify] (COUNT from 1 to 1000000; PATH a new SQLite file or a postgres:// URL)"

    static func run(_ arguments: [String], definitions: DefinitionSet, root: URL, scratch: URL) async throws {
        guard let index = arguments.firstIndex(of: "--portfolio"),
            let count = arguments.dropFirst(index + 1).first.flatMap({ Int($0) }),
            (1...1_000_000).contains(count),
            let dbIndex = arguments.firstIndex(of: "--db"), let db = arguments.dropFirst(dbIndex + 1).first
        else {
            throw PortfolioError("diligence-bench \(usage)")
        }
        let onPostgres = PostgresLocation.isPostgresURL(db)
        let path = onPostgres ? scratch.appendingPathComponent("portfolio.sqlite").path : db
        guard !FileManager.default.fileExists(atPath: path) else {
            throw PortfolioError("\(path) exists already: the portfolio is written to a new database")
        }
        let started = Date()
        let store = try DiligenceStore(
            path: path, create: true, durability: .normal, logger: Logger(label: "bench"))
        let end = Date(
            timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 - 86_400)
        let generator = try PortfolioGenerator(
            store: store, definitions: definitions, root: root, count: count, end: end)
        let accountsClock = generator.start.addingTimeInterval(-86_400)
        var accounts = try await PortfolioAccounts.create(
            DiligenceService(store: store, definitions: definitions, clock: { accountsClock }))
        var lastReport = Date()
        try generator.run { registered, steps in
            guard Date().timeIntervalSince(lastReport) >= 5 else { return }
            lastReport = Date()
            let seconds = Int(Date().timeIntervalSince(started))
            FileHandle.standardError.write(
                Data(
                    "  \(registered) of \(count) partners registered, \(steps) steps taken (\(seconds) s)\n"
                        .utf8))
        }
        accounts += try await PortfolioAccounts.createPartnerAccounts(
            DiligenceService(store: store, definitions: definitions, clock: { end }), partners: count)
        let generated = Date().timeIntervalSince(started)
        let events = try store.logHeadSequence()
        var copySeconds: Double?
        if onPostgres {
            let copyStarted = Date()
            let location = try StoreOpening.postgresLocation(
                db, passwordFile: nil, environment: ProcessInfo.processInfo.environment)
            _ = try StoreCopy.copy(
                sqlitePath: path, to: PostgresStoreDatabase(location, logger: Logger(label: "bench")))
            copySeconds = Date().timeIntervalSince(copyStarted)
        }
        var verifySeconds: Double?
        if arguments.contains("--verify") {
            let verified = try StoreOpening.open(db, create: false, logger: Logger(label: "bench"))
            let verifyStarted = Date()
            let report = try verified.verify()
            guard report.isIntact else {
                throw PortfolioError(
                    "the generated log does not verify: \(report.problems.first.map { "\($0)" } ?? "")")
            }
            verifySeconds = Date().timeIntervalSince(verifyStarted)
        }
        print(
            summary(
                count: count, events: events, generator: generator, seconds: generated,
                copySeconds: copySeconds,
                verifySeconds: verifySeconds, accounts: accounts))
    }

    /// What was made, as one JSON document.
    static func summary(
        count: Int, events: Int, generator: PortfolioGenerator, seconds: Double, copySeconds: Double?,
        verifySeconds: Double?, accounts: [AccountView]
    ) -> String {
        var report: [String: Any] = [
            "portfolio_partners": count, "events": events,
            "events_per_partner": rounded(Double(events) / Double(count), 1),
            "steps_taken": generator.stepsTaken, "refused_steps": generator.refusals,
            "first_refusals": generator.firstRefusals,
            "generate_seconds": rounded(seconds, 1),
            "events_per_second": Int(Double(events) / max(seconds, 0.001)),
            "password": PortfolioAccounts.password,
            "accounts": accounts.map { account in
                var line = "\(account.name) (\(account.roles.joined(separator: ", "))"
                if !account.scope.isEmpty { line += "; \(account.scope.joined(separator: ", "))" }
                if let partner = account.partner { line += "; \(partner)" }
                return line + ")"
            },
        ]
        report["copy_to_postgres_seconds"] = copySeconds.map { rounded($0, 1) }
        report["verify_seconds"] = verifySeconds.map { rounded($0, 1) }
        let data =
            (try? JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys]))
            ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
