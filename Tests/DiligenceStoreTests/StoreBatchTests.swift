import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

/// A batch of commands commits as one transaction, each command keeping its own all-or-nothing.
@Suite struct StoreBatchTests {
    let definitions = FlagFixtures.definitions()
    let officer = FlagFixtures.officer
    let now = StoreFixtures.start

    private func register(_ name: String, in temporary: TemporaryStore) throws(StoreError) -> String {
        try temporary.store.registerPartner(
            name: name, country: "KE", type: .ngo, actor: officer, definitions: definitions, now: now
        ).id
    }

    /// Every command of a batch is written when the batch ends, not before: another connection sees
    /// none of them while it runs, and the log verifies after it.
    @Test func theCommandsOfABatchCommitTogether() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let (ids, seenDuring, lockFreeDuring) = try store.batch { () throws(StoreError) in
            var ids: [String] = []
            for name in ["Amani", "Baraka", "Tumaini"] {
                ids.append(
                    try store.registerPartner(
                        name: name, country: "KE", type: .ngo, actor: officer, definitions: definitions,
                        now: now
                    ).id)
            }
            _ = try store.raiseFlag(
                partner: ids[0], category: .financial, level: .yellow, reason: "Late financial report",
                actor: officer, definitions: definitions, now: now)
            let seen = (try? temporary.count("partner")) ?? -1
            let free = (try? temporary.writeLockIsFree()) ?? true
            return (ids, seen, free)
        }
        #expect(ids == ["P-0001", "P-0002", "P-0003"])
        #expect(seenDuring == 0)
        #expect(!lockFreeDuring)
        #expect(try temporary.count("partner") == 3)
        #expect(try store.flags(partner: "P-0001", openOnly: true, level: nil).count == 1)
        let report = try store.verify()
        #expect(report.isIntact)
        #expect(try report.eventsChecked == store.logHeadSequence())
    }

    /// The store's reads inside a batch see what the batch wrote so far.
    @Test func readsInsideABatchSeeItsWrites() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let name = try store.batch { () throws(StoreError) in
            let id = try register("Amani", in: temporary)
            return try store.partner(id).name
        }
        #expect(name == "Amani")
    }

    /// A command refused inside a batch leaves nothing of itself; the commands before and after it
    /// are written, and the log verifies.
    @Test func aRefusedCommandLeavesTheRestOfTheBatch() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let refusal = try store.batch { () throws(StoreError) -> StoreError? in
            let first = try register("Amani", in: temporary)
            var refusal: StoreError?
            do {
                _ = try store.decideFlag(
                    "F-0404", decision: .resolve, text: "Resolved after the visit", actor: officer,
                    definitions: definitions, now: now)
            } catch {
                refusal = error as? StoreError
            }
            _ = try store.raiseFlag(
                partner: first, category: .financial, level: .yellow, reason: "Late financial report",
                actor: officer, definitions: definitions, now: now)
            _ = try register("Baraka", in: temporary)
            return refusal
        }
        guard case .unknownSubject(let subject, _) = refusal else {
            Issue.record("expected the unknown flag to be refused, got \(String(describing: refusal))")
            return
        }
        #expect(subject == "F-0404")
        #expect(try temporary.count("partner") == 2)
        #expect(try store.flags(partner: "P-0001").count == 1)
        #expect(try store.verify().isIntact)
    }

    /// An error thrown out of the batch rolls back every command in it; the store goes on as if
    /// the batch had never run.
    @Test func anErrorOutOfTheBatchRollsBackEverything() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try register("Before", in: temporary)
        let head = try store.logHeadSequence()
        #expect(throws: StoreError.self) {
            try store.batch { () throws(StoreError) in
                _ = try register("Amani", in: temporary)
                _ = try store.raiseFlag(
                    partner: "P-0002", category: .financial, level: .yellow, reason: "Late financial report",
                    actor: officer, definitions: definitions, now: now)
                throw StoreError.unknownSubject("P-9999", suggestion: nil)
            }
        }
        #expect(try store.logHeadSequence() == head)
        #expect(try temporary.count("partner") == 1)
        #expect(try store.flags().isEmpty)
        #expect(try temporary.writeLockIsFree())
        // The ids the batch took are free again, and the log goes on from where it was.
        #expect(try register("After", in: temporary) == "P-0002")
        #expect(try store.verify().isIntact)
    }

    /// A batch opened inside a batch of the same store joins it; another store's commands inside a
    /// batch are not part of it.
    @Test func batchesNestAndStayWithTheirStore() throws {
        let temporary = try TemporaryStore()
        let other = try TemporaryStore()
        let store = temporary.store
        #expect(throws: StoreError.self) {
            try store.batch { () throws(StoreError) in
                try store.batch { () throws(StoreError) in _ = try register("Amani", in: temporary) }
                _ = try register("Elsewhere", in: other)
                throw StoreError.unknownSubject("P-9999", suggestion: nil)
            }
        }
        #expect(try temporary.count("partner") == 0)
        #expect(try other.count("partner") == 1)
    }
}
