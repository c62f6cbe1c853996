import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import DiligenceTestSupport
import Foundation
import Testing

/// Agreements uploaded through the layer: who may upload and decide, bad uploads refused by
/// field with nothing written, the page's findings linked to the kept text, a new version's
/// changes.
@Suite struct AgreementUploadTests {
    static let short = Repository.url("Tests/DiligenceImportTests/Fixtures/short-agreement.xml")
    static let general = Repository.url("Tests/DiligenceImportTests/Fixtures/un-general-terms.xml")

    func upload(_ url: URL) throws -> AgreementUpload {
        AgreementUpload(name: url.lastPathComponent, data: try Data(contentsOf: url))
    }

    @Test func procurementUploadsAndTheTextIsKeptForThePage() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let lucas = try await world.actor("lucas")
        let outcome = try await service.uploadAgreement(
            try upload(Self.general), partner: world.first, newVersionOf: nil, by: lucas)
        guard case .recorded(let id) = outcome else {
            Issue.record("a document with a text layer is recorded at once")
            return
        }
        let page = try await service.agreementPage(id, by: lucas)
        #expect(page.findings.count == 15)
        #expect(!page.sections.isEmpty)
        let found = try #require(page.findings.first { $0.finding.status == .present && $0.anchor != nil })
        let shown = try await service.agreementPage(id, section: found.section, by: lucas)
        let passage = try #require(shown.passages.first { $0.anchor == found.anchor })
        #expect(passage.clauses.contains(found.finding.clause))
        #expect(passage.pieces.contains { $0.matched })
        #expect(page.allowed.contains("start_review"))
        #expect(!page.decides)
        // A partner's staff see their own partner's agreement, and may not upload.
        let wanjiru = try await world.actor("wanjiru")
        #expect(try await service.agreementPage(id, by: wanjiru).allowed.isEmpty)
        #expect(!service.mayImportAgreements(wanjiru))
        await #expect {
            _ = try await service.agreementPage(id, by: try await world.actor("lucia"))
        } throws: {
            isUnknownRecord($0, id)
        }
    }

    @Test func badUploadsNameTheirFieldAndWriteNothing() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let lucas = try await world.actor("lucas")
        let existing = try await service.importAgreement(file: Self.short, partner: world.second, by: lucas)
            .entry.id
        let rows = try world.fixture.logRows()
        func refused(_ upload: AgreementUpload, partner: String?, version: String? = nil) async
            -> DiligenceError?
        {
            await refusal {
                _ = try await service.uploadAgreement(
                    upload, partner: partner, newVersionOf: version, by: lucas)
            }
        }
        let empty = await refused(AgreementUpload(name: "a.xml", data: Data()), partner: world.first)
        #expect(empty?.field == .agreementFile && empty?.values["problem"] == "empty")
        let large = await refused(
            AgreementUpload(name: "a.xml", data: Data(count: AgreementUpload.maximumBytes + 1)),
            partner: world.first)
        #expect(large?.field == .agreementFile && large?.values["problem"] == "too-large")
        let notes = await refused(
            AgreementUpload(name: "notes.txt", data: Data("just notes".utf8)), partner: world.first)
        #expect(notes?.field == .agreementFile && notes?.values["problem"] == "unreadable")
        let unknown = await refused(try upload(Self.short), partner: "P-9999")
        #expect(unknown?.field == .partner && unknown?.code == .unknownPartner)
        let other = await refused(try upload(Self.short), partner: world.first, version: existing)
        #expect(other?.field == .agreement && other?.values["problem"] == "other-partner")
        let missing = await refused(try upload(Self.short), partner: world.first, version: "AG-0099")
        #expect(missing?.field == .agreement && missing?.code == .unknownRecord)
        let none = await refused(try upload(Self.short), partner: nil)
        #expect(none?.field == .partner && none?.code == .missingValue)
        // A partner's staff may not upload; the refusal names the roles that may.
        let staff = await refusal {
            _ = try await service.uploadAgreement(
                try upload(Self.short), partner: world.first, newVersionOf: nil,
                by: try await world.actor("wanjiru"))
        }
        #expect(staff?.code == .notAllowed && staff?.values["allowed"]?.contains("procurement") == true)
        #expect(try world.fixture.logRows() == rows)
        #expect(try world.fixture.store.agreementText(agreement: existing, version: 2) == nil)
    }

    @Test func decisionsFollowTheRolesAndANewVersionShowsWhatChanged() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let lucas = try await world.actor("lucas")
        let henrik = try await world.actor("henrik")
        let id = try await service.importAgreement(file: Self.short, partner: world.first, by: lucas).entry.id
        try await service.send("start_review", to: id, data: [], by: lucas)
        var page = try await service.agreementPage(id, by: lucas)
        #expect(
            page.decides && page.allowed.isSuperset(of: ["confirm", "amend"])
                && !page.allowed.contains("waive"))
        #expect(try await service.agreementPage(id, by: henrik).allowed.contains("waive"))
        #expect(
            try await service.myWork(by: lucas).contains { $0.subject == id && $0.events.contains("confirm") }
        )
        // A manager waives; procurement may not.
        let absent = try #require(
            page.findings.first { $0.finding.mandatory && $0.finding.status != .present })
        await #expect(throws: StoreError.self) {
            _ = try await service.changeAgreement(
                id, change: .decide(clause: absent.finding.clause, kind: .waived, text: "Local law"),
                by: lucas)
        }
        _ = try await service.changeAgreement(
            id, change: .decide(clause: absent.finding.clause, kind: .amendmentRequested, text: "Add it"),
            by: lucas)
        let amina = try await world.actor("amina")
        #expect(
            try await service.myWork(by: amina).contains {
                $0.subject == id && $0.events == ["import_version"]
            })
        // The amended version is uploaded by the programme officer; its changes are listed.
        let outcome = try await service.uploadAgreement(
            try upload(Self.general), partner: nil, newVersionOf: id, by: amina)
        #expect(outcome == .recorded(id))
        let changes = try await service.agreementChanges(id, by: lucas)
        #expect(changes.before.number == 1 && changes.after.number == 2)
        #expect(!changes.changes.isEmpty)
        #expect(changes.changes.contains { $0.kind == .appeared || $0.kind == .changedFinding })
        page = try await service.agreementPage(id, version: 1, by: lucas)
        #expect(!page.isCurrent && !page.decides)
        await #expect { _ = try await service.agreementChanges(id, version: 1, by: lucas) } throws: {
            ($0 as? DiligenceError)?.field == .record
        }
    }
}
