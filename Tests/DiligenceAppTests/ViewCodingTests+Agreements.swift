import Foundation
import Testing

@testable import DiligenceApp
@testable import DiligenceCore
@testable import DiligenceStore

/// The agreement views of `agreement list`, `show` and `import`: the keys `--json` documents, a
/// finding's optional keys only where the finding has them, and `null` where a value is missing.
extension ViewCodingTests {
    static func finding(_ clause: String, _ status: ClauseStatus, mandatory: Bool = true) -> ClauseFinding {
        ClauseFinding(
            clause: clause, title: "Clause \(clause)", mandatory: mandatory, status: status,
            missing: status == .present ? [] : ["promptness"])
    }

    static func agreement(cleared: Bool = false) -> AgreementEntry {
        let catalogue = CatalogueReference(id: "un-psea-clauses", version: 2, hash: "c47")
        let first = AgreementVersion(
            number: 1, fileName: "grant.xml", format: .xml, contentHash: "f1", catalogue: catalogue,
            importedAt: "2026-01-01T09:00:00.000Z", importedBy: "lucas",
            findings: [finding("C1", .present), finding("C2", .absent)])
        var second = first
        second.number = 2
        second.fileName = "grant-amended.xml"
        second.findings = [
            finding("C1", .present), finding("C2", .partial), finding("C3", .absent, mandatory: false),
        ]
        var record = AgreementRecord(
            partner: "P-0001", first: first,
            decisions: [
                ClauseDecision(
                    clause: "C2", version: 1, kind: .amendmentRequested, text: "add promptness",
                    user: "lucas",
                    role: "procurement", at: "2026-01-02T09:00:00.000Z"),
                ClauseDecision(
                    clause: "C1", version: 2, kind: .confirmed, text: nil, user: "lucas", role: "procurement",
                    at: "2026-02-02T09:00:00.000Z"),
            ])
        record.versions.append(second)
        let snapshot = InstanceSnapshot(
            activeStates: ["review"], context: cleared ? ["cleared": .bool(true)] : [:], version: 4,
            isComplete: false)
        return AgreementEntry(
            id: "AG-0001", record: record,
            instance: InstanceRecord(
                subject: "AG-0001", kind: "agreement", workflow: "agreement-review", definitionHash: "abc",
                snapshot: snapshot, updatedAt: day),
            partnerRedFlags: [PartnerRedFlag(id: "F-0002", category: "psea", reason: "late report")])
    }

    static let agreementSummaryKeys: Set<String> = [
        "id", "partner", "states", "complete", "cleared", "version", "file", "mandatory_unresolved",
        "amendments_open", "mandatory_missing",
    ]
    static let versionKeys: Set<String> = [
        "number", "file", "format", "content_hash", "catalogue", "imported_at", "imported_by", "mandatory",
    ]
    static let clauseKeys: Set<String> = [
        "clause", "title", "mandatory", "status", "excerpt", "location", "section", "matches", "missing",
        "explanation", "decision",
    ]

    @Test func agreementSummaryKeysListTheCurrentVersionsClauses() throws {
        let object = try Self.object(AgreementSummaryView(Self.agreement()))
        #expect(Set(object.keys) == Self.agreementSummaryKeys)
        #expect(object["cleared"] as? Bool == false)
        #expect(object["version"] as? Int == 2 && object["file"] as? String == "grant-amended.xml")
        // Version 2: C1 confirmed, C2 partial with no decision, C3 optional.
        #expect(object["mandatory_unresolved"] as? [String] == ["C2"])
        #expect(object["mandatory_missing"] as? [String] == ["C2"])
        #expect(object["amendments_open"] as? [String] == [])
        #expect(
            try Self.object(AgreementSummaryView(Self.agreement(cleared: true)))["cleared"] as? Bool == true)
    }

    @Test func agreementDetailKeysAreTheSummaryAndTheShownVersion() throws {
        let view = AgreementDetailView(Self.agreement())
        let object = try Self.object(view)
        #expect(
            Set(object.keys)
                == Self.agreementSummaryKeys.union([
                    "shown_version", "clauses", "decisions", "versions", "facts", "partner_red_flags",
                ]))
        let shown = try #require(object["shown_version"] as? [String: Any])
        #expect(Set(shown.keys) == Self.versionKeys && shown["number"] as? Int == 2)
        #expect(Set((shown["catalogue"] as? [String: Any] ?? [:]).keys) == ["id", "version", "hash"])
        #expect(shown["mandatory"] as? [String: Int] == ["present": 1, "partial": 1, "absent": 0])
        let clauses = try #require(object["clauses"] as? [[String: Any]])
        #expect(clauses.count == 3 && clauses.allSatisfy { Set($0.keys) == Self.clauseKeys })
        let confirmed = try #require(clauses[0]["decision"] as? [String: Any])
        #expect(Set(confirmed.keys) == ["clause", "version", "kind", "text", "user", "role", "at"])
        #expect(confirmed["text"] is NSNull && confirmed["kind"] as? String == "confirmed")
        #expect(clauses[1]["decision"] is NSNull && clauses[1]["excerpt"] is NSNull)
        #expect(clauses[1]["location"] is NSNull && clauses[1]["section"] is NSNull)
        #expect((object["decisions"] as? [Any])?.count == 2 && (object["versions"] as? [Any])?.count == 2)
        #expect(
            Set((object["facts"] as? [String: Int] ?? [:]).keys) == [
                "mandatory_unresolved", "amendments_open", "mandatory_missing", "mandatory_waived",
                "versions",
                "partner_open_red_flags",
            ])
        let flag = try #require((object["partner_red_flags"] as? [[String: Any]])?.first)
        #expect(Set(flag.keys) == ["id", "category", "reason"])
        let decoded = try JSONDecoder().decode(AgreementDetailView.self, from: try JSONEncoder().encode(view))
        #expect(decoded == view)
    }

    @Test func anEarlierVersionIsShownWithItsOwnDecisionsAndAMissingOneAsTheCurrent() throws {
        let first = try Self.object(AgreementDetailView(Self.agreement(), version: 1))
        #expect((first["shown_version"] as? [String: Any])?["number"] as? Int == 1)
        let clauses = try #require(first["clauses"] as? [[String: Any]])
        #expect(clauses[0]["decision"] is NSNull)
        #expect((clauses[1]["decision"] as? [String: Any])?["text"] as? String == "add promptness")
        // The summary is of the current version whichever is shown.
        #expect(first["version"] as? Int == 2)
        let missing = try Self.object(AgreementDetailView(Self.agreement(), version: 9))
        #expect((missing["shown_version"] as? [String: Any])?["number"] as? Int == 2)
    }

    @Test func aFindingsOptionalKeysAreWrittenOnlyWhenItHasThem() throws {
        var finding = Self.finding("C5", .absent)
        finding.excerpt = "shall not be required to report"
        finding.location = .page(3, line: 12)
        finding.section = "Reporting"
        finding.sectionNumber = "ARTICLE XIV"
        finding.paragraphNumber = "14.4"
        finding.furtherLocations = [.paragraph(40), .line(7)]
        finding.ocrConfidence = 87.6
        finding.negation = "not be required to report"
        finding.matches = [
            PhraseMatch(element: "reporting", phrase: "report", language: "en", matched: "report")
        ]
        let object = try Self.object(ClauseFindingView(finding, decision: nil))
        #expect(
            Set(object.keys)
                == Self.clauseKeys.union([
                    "negation", "section_number", "paragraph_number", "further_locations", "ocr_confidence",
                ]))
        #expect(object["location"] as? [String: Int] == ["page": 3, "line": 12])
        #expect(object["further_locations"] as? [[String: Int]] == [["paragraph": 40], ["line": 7]])
        #expect(object["ocr_confidence"] as? Int == 88)
        let match = try #require((object["matches"] as? [[String: Any]])?.first)
        #expect(Set(match.keys) == ["element", "phrase", "language", "matched"])
        #expect(
            try Self.keys(ClauseFindingView(Self.finding("C5", .absent), decision: nil)) == Self.clauseKeys)
    }

    @Test func anImportWritesTheCurrentVersionAndNoDecision() throws {
        let object = try Self.object(AgreementImportView(Self.agreement()))
        #expect(Set(object.keys) == ["id", "partner", "version", "clauses"])
        #expect(Set((object["version"] as? [String: Any] ?? [:]).keys) == Self.versionKeys)
        let clauses = try #require(object["clauses"] as? [[String: Any]])
        // C1 is confirmed on version 2, but an import shows the detector's findings alone.
        #expect(clauses.count == 3 && clauses.allSatisfy { $0["decision"] is NSNull })
    }
}
