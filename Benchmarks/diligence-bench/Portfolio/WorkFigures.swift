import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The figures of what every page of an account shows in its navigation, on a generated
/// portfolio: the account's work, listed and counted (as the manager, who follows every
/// partner), and the headquarters reviewer's queue of escalated flags. Each is taken on the first page after a write
/// (a sign-in is one: it moves the log's head, and every view kept is made again from what it
/// carried), beside the way it was made before in the same run: the work made again from every
/// partner's records (a new service: what each head cost before), and the queue read from every
/// flag of the portfolio. Writes a sign-in of the manager and the reviewer for each run.
enum WorkFigures {
    /// `diligence-bench --work-figures --db PATH`: these figures alone, printed as JSON.
    static func run(_ arguments: [String], definitions: DefinitionSet) async throws {
        let store = try PortfolioDatabase.open(arguments, for: "--work-figures").store
        try PortfolioDatabase.print(try await run(store: store, definitions: definitions, now: Date()))
    }

    static func run(store: DiligenceStore, definitions: DefinitionSet, now: Date) async throws -> [String:
        Any]
    {
        guard let roles = definitions.roleCatalogue else {
            throw PortfolioError("the definitions have no roles file")
        }
        let service = DiligenceService(store: store, definitions: definitions, clock: { now })
        let manager = try await service.authenticate(PortfolioAccounts.manager.user, role: "manager")
        let reviewer = try await service.authenticate(
            PortfolioAccounts.headquarters.user, role: "hq_reviewer")
        func signIn() throws {
            for actor in [PortfolioAccounts.manager, PortfolioAccounts.headquarters] {
                try store.recordSignIn(
                    actor.user, role: actor.role, address: "127.0.0.1", roles: roles, now: now)
            }
        }
        var count = 0
        let firstMade = try await Measure.secondsAwaited {
            count = try await service.myWork(by: manager).count
        }
        let afterSignIn = try await medianOfThree {
            try signIn()
            return try await Measure.secondsAwaited { count = try await service.myWork(by: manager).count }
        }
        // What every other page's navigation takes after a write: the count alone.
        let countAfterSignIn = try await medianOfThree {
            try signIn()
            return try await Measure.secondsAwaited { _ = try await service.myWorkCount(by: manager) }
        }
        let madeAfresh = try await medianOfThree {
            let fresh = DiligenceService(store: store, definitions: definitions, clock: { now })
            let manager = try await fresh.authenticate(PortfolioAccounts.manager.user, role: "manager")
            return try await Measure.secondsAwaited { _ = try await fresh.myWork(by: manager).count }
        }
        var escalated = 0
        let queue = try await medianOfThree {
            try signIn()
            return try await Measure.secondsAwaited {
                escalated = try await service.escalatedFlags(by: reviewer).count
            }
        }
        let everyFlag = try await medianOfThree {
            try Measure.seconds {
                _ = try store.flags().filter { $0.isOpen && $0.level == FlagLevel.escalated.rawValue }.count
            }
        }
        return [
            "my_work_items": count,
            "my_work_first_made_seconds": rounded(firstMade, 3),
            "my_work_after_a_sign_in_seconds": rounded(afterSignIn, 3),
            "my_work_count_after_a_sign_in_seconds": rounded(countAfterSignIn, 3),
            "my_work_made_from_every_record_seconds": rounded(madeAfresh, 3),
            "reviewer_queue_flags": escalated,
            "reviewer_queue_after_a_sign_in_seconds": rounded(queue, 3),
            "reviewer_queue_reading_every_flag_seconds": rounded(everyFlag, 3),
        ]
    }

    private static func medianOfThree(_ run: () async throws -> Double) async throws -> Double {
        var timings: [Double] = []
        for _ in 0..<3 { timings.append(try await run()) }
        return timings.sorted()[1]
    }
}
