import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import DiligenceTestSupport
import Foundation
import Testing

/// Jobs: a scan's import and a verify of the log run as durable jobs, seen only by the account
/// that asked and by administrators; a job left running by a stopped server is run again once,
/// then marked failed.
@Suite(.serialized) struct JobTests {
    @Test func aVerifyIsAnAdministratorsJobAndOnlyItsOwnerAndAdministratorsSeeIt() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let admin = try await world.actor("admin")
        let lucas = try await world.actor("lucas")
        let refused = await refusal { _ = try await service.askLogVerification(by: lucas) }
        #expect(refused?.code == .notAllowed)
        let id = try await service.askLogVerification(by: admin)
        #expect(try await service.job(id, by: admin).status == .queued)
        let hidden = await refusal { _ = try await service.job(id, by: lucas) }
        #expect(hidden?.code == .unknownRecord && hidden?.field == .job)
        #expect(try await service.runNextJob())
        #expect(try await service.runNextJob() == false)
        let job = try await service.job(id, by: admin)
        #expect(job.status == .done)
        let verification = try #require(job.verification)
        #expect(verification.isIntact && verification.eventsChecked > 0)
    }

    @Test func aJobLeftRunningIsRunAgainOnceThenFailed() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let admin = try await world.actor("admin")
        let id = try await service.askLogVerification(by: admin)
        // The server stops twice while the job runs: started, never finished.
        for _ in 0..<2 {
            _ = try world.fixture.store.startNextJob(now: world.fixture.now)
            try await service.recoverJobs()
        }
        let job = try await service.job(id, by: admin)
        #expect(job.status == .failed)
        #expect(job.failure == .interrupted(attempts: DiligenceStore.jobAttempts))
    }

    @Test(
        .enabled(
            if: ["/usr/bin/tesseract", "/usr/bin/pdftotext"].allSatisfy(FileManager.default.isExecutableFile))
    )
    func aScanIsImportedAsAJobOfTheAccountThatUploadedIt() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let lucas = try await world.actor("lucas")
        let folder = world.fixture.directory
        let text = folder.appendingPathComponent("terms.pdf")
        try PDFFixture.text(pages: Self.pages).write(to: text)
        let scan = try PDFFixture.scanned(text, dpi: 150, into: folder)
        let rows = try world.fixture.logRows()
        let outcome = try await service.uploadAgreement(
            AgreementUpload(name: "scan.pdf", data: scan), partner: world.first, newVersionOf: nil, by: lucas)
        guard case .queued(let id) = outcome else {
            Issue.record("a scan is queued as a job")
            return
        }
        #expect(try world.fixture.logRows() == rows)
        #expect(try await service.job(id, by: lucas).isWaiting)
        let amina = try await world.actor("amina")
        #expect(await refusal { _ = try await service.job(id, by: amina) }?.code == .unknownRecord)
        #expect(try await service.runNextJob())
        let job = try await service.job(id, by: lucas)
        #expect(job.status == .done)
        let agreement = try #require(job.agreement)
        let page = try await service.agreementPage(agreement, by: lucas)
        #expect(page.findings.contains { $0.finding.ocrConfidence != nil })
    }

    static let pages: [[String]] = [
        [
            "ARTICLE 9 PROTECTION FROM SEXUAL EXPLOITATION AND ABUSE", "",
            "9.1 The Partner shall promptly and confidentially report to the Agency any",
            "allegation of sexual exploitation and abuse by its personnel.", "",
            "9.2 The Agency may terminate this Agreement immediately if the Partner breaches",
            "its obligations on sexual exploitation and abuse.",
        ]
    ]
}
