import DiligenceCore
import Testing

/// The agreement record's reducer, facts and JSON, on findings made by hand.
@Suite struct AgreementRecordTests {
    static func finding(_ clause: String, _ status: ClauseStatus, mandatory: Bool = true) -> ClauseFinding {
        ClauseFinding(
            clause: clause, title: "Clause \(clause)", mandatory: mandatory, status: status,
            excerpt: status == .absent ? nil : "The Partner shall \(clause).",
            location: status == .absent ? nil : .line(7), section: "PSEA",
            matches: status == .absent
                ? [] : [PhraseMatch(element: "topic", phrase: "shall", language: "en", matched: "shall")],
            missing: status == .present ? [] : ["promptness"])
    }

    static func imported(_ statuses: [(String, ClauseStatus)], file: String = "a.xml") -> ImportedAgreement {
        ImportedAgreement(
            fileName: file, format: .xml, contentHash: "h-\(file)",
            catalogue: CatalogueReference(id: "psea", version: 1, hash: "c1"),
            findings: statuses.map { finding($0.0, $0.1) } + [finding("C15", .absent, mandatory: false)])
    }

    let procurement = Actor(user: "pat", role: "procurement")
    var record: AgreementRecord {
        AgreementRecord(
            partner: "P-0001",
            first: Self.imported([("C1", .present), ("C2", .partial), ("C5", .absent)]).version(
                1, by: "pat", at: "2026-01-01T00:00:00.000Z"))
    }

    @Test func factsCountWhatIsUnresolvedMissingAndWaived() throws {
        var record = record
        #expect(record.mandatoryUnresolved == ["C1", "C2", "C5"])
        #expect(record.mandatoryMissing == ["C2", "C5"])
        record = try record.applying(
            .decide(clause: "c1", kind: .confirmed, text: nil), actor: procurement, at: "t1")
        record = try record.applying(
            .decide(clause: "C2", kind: .amendmentRequested, text: "Add promptly."), actor: procurement,
            at: "t2")
        record = try record.applying(
            .decide(clause: "C5", kind: .waived, text: "Government partner."),
            actor: Actor(user: "max", role: "manager"), at: "t3")
        #expect(record.decisions.map(\.clause) == ["C1", "C2", "C5"])
        let facts = record.facts(partnerOpenRedFlags: 2)
        #expect(facts["mandatory_unresolved"] == .int(1))
        #expect(facts["amendments_open"] == .int(1))
        #expect(facts["mandatory_missing"] == .int(1))
        #expect(facts["mandatory_waived"] == .int(1))
        #expect(facts["partner_open_red_flags"] == .int(2))
        // A later confirmation replaces the amendment request; the history keeps both.
        record = try record.applying(
            .decide(clause: "C2", kind: .confirmed, text: "Clause 9 says promptly."), actor: procurement,
            at: "t4")
        #expect(record.amendmentsOpen.isEmpty)
        #expect(record.mandatoryUnresolved.isEmpty)
        #expect(record.decisions.count == 4)
    }

    @Test func aNewVersionIsReviewedAfresh() throws {
        var record = try record.applying(
            .decide(clause: "C1", kind: .confirmed, text: nil), actor: procurement, at: "t1")
        record = try record.applying(
            .addVersion(
                Self.imported([("C1", .present), ("C2", .present), ("C5", .present)], file: "b.xml")),
            actor: Actor(user: "ana", role: "programme_officer"), at: "t2")
        #expect(record.current.number == 2)
        #expect(record.current.importedBy == "ana")
        #expect(record.decision(on: "C1") == nil)
        #expect(record.decision(on: "C1", version: 1)?.kind == .confirmed)
        #expect(record.mandatoryMissing.isEmpty)
        #expect(record.mandatoryUnresolved == ["C1", "C2", "C5"])
    }

    @Test func changesThatDoNotFitAreRefused() {
        #expect(
            throws: AgreementChangeError.unknownClause(
                "C55", suggestion: "C5", known: ["C1", "C2", "C5", "C15"])
        ) {
            try record.applying(
                .decide(clause: "C55", kind: .confirmed, text: nil), actor: procurement, at: "t")
        }
        #expect(throws: AgreementChangeError.self) {
            try record.applying(.decide(clause: "C1", kind: .waived, text: "  "), actor: procurement, at: "t")
        }
        #expect(
            throws: AgreementChangeError.confirmationNeedsNote(clause: "C2", status: .partial, version: 1)
        ) {
            try record.applying(
                .decide(clause: "C2", kind: .confirmed, text: nil), actor: procurement, at: "t")
        }
        #expect(throws: AgreementChangeError.tooLong(.amendmentRequested, limit: 4_000)) {
            try record.applying(
                .decide(clause: "C2", kind: .amendmentRequested, text: String(repeating: "x", count: 4_001)),
                actor: procurement, at: "t")
        }
    }

    @Test func theRecordAndItsChangesRoundTripThroughJSON() throws {
        let record = try record.applying(
            .decide(clause: "C2", kind: .amendmentRequested, text: "Add promptly."), actor: procurement,
            at: "t")
        #expect(AgreementRecord(json: record.json) == record)
        #expect(AgreementRecord(json: JSONValue(text: record.json.canonicalText)!) == record)
        let change = AgreementChange.addVersion(Self.imported([("C1", .partial)]))
        #expect(AgreementChange(json: change.json) == change)
        #expect(AgreementChange(json: .object(["decide": .object([:])])) == nil)
    }
}
