import DiligenceCore
import DiligenceStore
import Foundation
import GRDB
import Testing

@Suite struct EventLogTests {
    let definitions = StoreFixtures.definitions()

    @Test func registeringAPartnerStartsItsLifecycleInOneLoggedEvent() throws {
        let temporary = try TemporaryStore()
        let partner = try temporary.store.registerPartner(
            name: "  Amani Women's Network ", country: "ke", type: .cso, actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.start)
        #expect(partner.id == "P-0001")
        #expect(partner.name == "Amani Women's Network")
        #expect(partner.country == "KE")
        let instance = try temporary.store.instance("P-0001")
        #expect(instance.snapshot.activeStates == ["registered"])
        #expect(instance.snapshot.context["capacity_level"] == .string("not_assessed"))
        let history = try temporary.store.history("P-0001")
        #expect(history.count == 1)
        #expect(history[0].kind == "start")
        #expect(history[0].previousHash == ContentHash.genesis)
        #expect(history[0].actor == StoreFixtures.officer)
    }

    @Test func acceptedEventsAreChainedAndUpdateTheSnapshot() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.registerPartnerA(definitions)
        let result = try store.startAssessmentOfA(definitions, now: StoreFixtures.days(1))
        #expect(result.seq == 2)
        #expect(result.step.instance.version == 1)
        let history = try store.history("P-0001")
        #expect(history.map(\.name) == ["register", "start_assessment"])
        #expect(history[1].previousHash == history[0].hash)
        #expect(history[0].hash != history[1].hash)
        #expect(try store.instance("P-0001").snapshot.activeStates == ["assessment"])
        let deadlines = try store.deadlines("P-0001", pendingOnly: true)
        #expect(deadlines.map(\.event) == ["assessment_overdue"])
        #expect(deadlines.first?.dueAt == StoreFixtures.days(91))
        #expect(try store.notifications("P-0001").map(\.role) == ["partner"])
    }

    @Test(arguments: [
        ("start_assessment", "procurement", [(String, String)]()),
        ("confirm_clauses", "programme_officer", []),
        ("start_assesment", "programme_officer", []),
        ("start_assessment", "programme_officer", [("capacity_level", "full")]),
        ("start_assessment", "programme_officer", [("capacity_levl", "full")]),
        ("start_assessment", "boss", []),
    ])
    func refusedEventsWriteNothing(event: String, role: String, data: [(String, String)]) throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.registerPartnerA(definitions)
        let tables = ["event", "instance", "deadline", "flag", "notification", "partner"]
        let before = try tables.map(temporary.count)
        let snapshot = try store.instance("P-0001").snapshot
        #expect(throws: StoreError.self) {
            try store.send(
                subject: "P-0001", event: event, assignments: data.map { (field: $0.0, value: $0.1) },
                actor: Actor(user: "u", role: role), definitions: definitions, now: StoreFixtures.days(1))
        }
        #expect(try tables.map(temporary.count) == before)
        #expect(try store.instance("P-0001").snapshot == snapshot)
    }

    @Test func aGuardRefusalSaysWhichGuardAndTheValuesItSaw() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.registerPartnerA(definitions)
        try store.startAssessmentOfA(definitions, now: StoreFixtures.start)
        do {
            _ = try store.send(
                subject: "P-0001", event: "complete_assessment",
                assignments: [("capacity_level", "not_assessed")],
                actor: StoreFixtures.officer, definitions: definitions, now: StoreFixtures.start)
            Issue.record("the event should have been refused")
        } catch {
            guard case .rejected(_, _, .guardFailed(_, let failures)) = error else {
                Issue.record("expected a guard refusal, got \(error)")
                return
            }
            #expect(failures.count == 2)
            #expect(
                failures[0].values.contains(
                    FieldReading(path: "capacity_level", value: .string("not_assessed"))))
            #expect(error.detail.contains("capacity_level = not_assessed"))
        }
    }

    @Test func theLogIsAppendOnly() throws {
        let temporary = try TemporaryStore()
        try temporary.store.registerPartnerA(definitions)
        for tampering in ["UPDATE event SET name = 'x'", "DELETE FROM event"] {
            let refused = #expect(throws: StoreError.self) { try temporary.tamper(tampering) }
            #expect("\(refused.map { "\($0)" } ?? "")".contains("the event log is append-only"))
        }
        #expect(try temporary.count("event") == 1)
    }

    @Test func aMissingDatabaseIsNotCreatedByAReader() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "absent-\(UUID().uuidString)")
        let path = directory.appendingPathComponent("none.sqlite").path
        #expect(throws: StoreError.self) {
            try DiligenceStore(path: path, create: false, logger: .init(label: "t"))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotADatabaseGivesOneClearReason() throws {
        let temporary = try TemporaryStore()
        let path = temporary.directory.appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "this is not sqlite\n", count: 400).utf8).write(
            to: URL(fileURLWithPath: path))
        do {
            _ = try DiligenceStore(path: path, create: false, logger: .init(label: "t"))
            Issue.record("opening a text file as a database should fail")
        } catch {
            #expect(error.detail.contains("not a SQLite database"))
        }
    }
}

@Suite struct TwoStoresOnOneFileTests {
    let definitions = StoreFixtures.definitions()

    /// A store remembers the records it wrote; when another process changes one in between, it
    /// must read the new state rather than reuse what it remembers.
    @Test func aChangeByAnotherConnectionIsSeenByTheNext() throws {
        let temporary = try TemporaryStore()
        let first = temporary.store
        let second = try temporary.reopened()
        try first.registerPartnerA(definitions)
        try first.startAssessmentOfA(definitions, now: StoreFixtures.days(1))
        _ = try second.send(
            subject: "P-0001", event: "record_capacity",
            assignments: [("capacity_level", "low"), ("assessed_on", "2026-01-03")],
            actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(2))
        let result = try first.send(
            subject: "P-0001", event: "complete_assessment", assignments: [], actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(3))
        #expect(result.step.instance.version == 3)
        #expect(result.step.transitions.first?.target == "capacity_strengthening")
        #expect(try first.verify().isIntact)
    }
}
