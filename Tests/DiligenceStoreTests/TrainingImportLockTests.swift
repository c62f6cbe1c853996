import DiligenceCore
import DiligenceStore
import Foundation
import Logging
import Testing

private typealias F = FlagFixtures

/// A training import holds the write lock only for its short write: the record is read and the
/// sheet checked against it on a snapshot, while another writer may write; a change made in that
/// gap is seen, and the import checked again against it.
@Suite struct TrainingImportLockTests {
    let definitions = F.definitions()

    private static func sessions(_ count: Int, course: String = "PSEA basics") -> TrainingChange {
        .trainings(
            (0..<count).map { index in
                TrainingRecord(
                    course: course, date: LocalDate("2026-01-02")!, provider: "UN online course \(index)",
                    attendance: [.staff: Attendance(unnamedCount: 1)])
            })
    }

    private func importSheet(_ store: DiligenceStore, _ change: TrainingChange) throws -> PartnerTraining {
        try store.changeTraining(
            partner: "P-0001", change: change, imported: true, actor: F.focalPoint, definitions: definitions,
            now: StoreFixtures.days(3)
        ).record
    }

    @Test func anotherWriterIsNotBlockedWhileTheImportReadsTheRecord() throws {
        let temporary = try F.store(definitions)
        _ = try importSheet(temporary.store, Self.sessions(500, course: "Earlier sheet"))
        let seen = LockedBox<[(TrainingChangePhase, Bool)]>([])
        temporary.store.hooks.onTrainingChange { phase in
            seen.modify { $0.append((phase, (try? temporary.writeLockIsFree()) ?? false)) }
        }
        let record = try importSheet(temporary.store, Self.sessions(500))
        #expect(record.trainings.count == 1_000)
        // Free while the record is read and the sheet checked; held only once the write begins.
        #expect(seen.value.map(\.0) == [.read, .writing])
        #expect(seen.value.map(\.1) == [true, false])
    }

    /// A store whose next training change is met, between its read and its write, by `change`
    /// from another writer on the same file; and the phases the change went through.
    private func storeChanged(
        inTheGapBy change: TrainingChange, imported: Bool
    ) throws -> (TemporaryStore, LockedBox<[TrainingChangePhase]>) {
        let temporary = try F.store(definitions)
        let other = try temporary.reopened(label: "other")
        let phases = LockedBox<[TrainingChangePhase]>([])
        let definitions = definitions
        temporary.store.hooks.onTrainingChange { phase in
            phases.modify { $0.append(phase) }
            guard phases.value == [.read] else { return }
            _ = try? other.changeTraining(
                partner: "P-0001", change: change, imported: imported, actor: F.focalPoint,
                definitions: definitions, now: StoreFixtures.days(3))
        }
        return (temporary, phases)
    }

    @Test func aChangeMadeBetweenTheReadAndTheWriteIsSeenAndTheImportCheckedAgain() throws {
        // Another writer records the same sheet in the gap: the import must not count it twice.
        let (temporary, phases) = try storeChanged(inTheGapBy: Self.sessions(3), imported: true)
        let refusal = #expect(throws: StoreError.self) { try importSheet(temporary.store, Self.sessions(3)) }
        #expect("\(String(describing: refusal))".contains("duplicate"))
        // The write saw the record changed and wrote nothing; read again, the sheet is refused.
        #expect(phases.value == [.read, .writing])
        let stored = try #require(try temporary.store.training(partner: "P-0001"))
        #expect(stored.record.trainings.count == 3)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aDifferentChangeInTheGapIsKeptBesideTheImport() throws {
        let (temporary, _) = try storeChanged(
            inTheGapBy: Self.sessions(2, course: "Typed in"), imported: false)
        let record = try importSheet(temporary.store, Self.sessions(4))
        #expect(
            record.trainings.map(\.course).sorted() == [
                "PSEA basics", "PSEA basics", "PSEA basics", "PSEA basics", "Typed in", "Typed in",
            ])
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aSheetRepeatingRecordedSessionsIsRefusedInOnePass() throws {
        let temporary = try F.store(definitions)
        _ = try importSheet(temporary.store, Self.sessions(2_000))
        #expect(throws: StoreError.self) { try importSheet(temporary.store, Self.sessions(2_001)) }
        #expect(try temporary.store.training(partner: "P-0001")?.record.trainings.count == 2_000)
    }
}
