import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import DiligenceTestSupport
import Foundation
import Testing

/// Agreements and assessments through the layer: the intake records what it found, a partner's
/// staff see their own partner's records only, the workflow decides who imports, filters by state
/// are checked, and uploads are bounded; a refusal writes nothing.
@Suite struct AgreementAssessmentAccessTests {
    static let agreement = Repository.url("Tests/DiligenceImportTests/Fixtures/short-agreement.xml")

    @Test func theIntakeRecordsTheFindingsAndTellsEachPhase() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let lucas = try await world.actor("lucas")
        let phases = PhaseLog()
        let intake = try await service.importAgreement(
            file: Self.agreement, partner: world.first, progress: { phases.add($0) }, by: lucas)
        #expect(intake.entry.record.partner == world.first)
        #expect(intake.entry.record.current.fileName == "short-agreement.xml")
        #expect(intake.entry.record.current.findings.count == 15)
        #expect(phases.all.first == .reading(done: 0, of: 0))
        #expect(phases.all.last == .recording)
        #expect(phases.all.contains { if case .detecting = $0 { true } else { false } })
        let wanjiru = try await world.actor("wanjiru")
        #expect(try await service.agreements(by: wanjiru).map(\.id) == [intake.entry.id])
        #expect(try await service.agreements(by: try await world.actor("lucia")).isEmpty)
        await #expect {
            _ = try await service.agreement(intake.entry.id, by: try await world.actor("lucia"))
        } throws: {
            isUnknownRecord($0, intake.entry.id)
        }
    }

    @Test func aRefusedIntakeWritesNothing() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let rows = try world.fixture.logRows()
        // The workflow lets procurement import, not a partner's staff; another partner is unknown.
        await #expect(throws: StoreError.self) {
            _ = try await service.importAgreement(
                file: Self.agreement, partner: world.first, by: try await world.actor("wanjiru"))
        }
        await #expect {
            _ = try await service.importAgreement(
                file: Self.agreement, partner: world.second, by: try await world.actor("wanjiru"))
        } throws: { isUnknownRecord($0, world.second) }
        let notAnAgreement = world.fixture.directory.appendingPathComponent("notes.txt")
        try Data("just some notes".utf8).write(to: notAnAgreement)
        await #expect(throws: ImportError.self) {
            _ = try await service.importAgreement(
                file: notAnAgreement, partner: world.first, by: try await world.actor("lucas"))
        }
        #expect(
            await refusal {
                _ = try await service.importAgreement(
                    file: Self.agreement, partner: nil, by: try await world.actor("lucas"))
            } == DiligenceError(.missingValue, field: .partner, ["what": "partner"]))
        #expect(try world.fixture.logRows() == rows)
    }

    @Test func aStateFilterMustBeAStateOfTheWorkflow() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        #expect(try await service.agreements(inState: "cleared", by: amina).isEmpty)
        let error = await refusal { _ = try await service.agreements(inState: "clear", by: amina) }
        #expect(error?.code == .invalidValue && error?.field == .recordState)
        #expect(error?.values["suggestion"] == "cleared")
    }

    @Test func assessmentsAreSeenByTheirPartnersStaffOnly() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let lucia = try await world.actor("lucia")
        let wanjiru = try await world.actor("wanjiru")
        #expect(try await service.assessments(by: lucia).assessments.map(\.id) == [world.assessment])
        #expect(try await service.assessments(by: wanjiru).assessments.isEmpty)
        guard case .assessment(let entry) = try await service.assessmentRecord(world.assessment, by: lucia)
        else {
            Issue.record("the assessment is found")
            return
        }
        #expect(entry.id == world.assessment)
        await #expect { _ = try await service.assessmentRecord(world.assessment, by: wanjiru) } throws: {
            isUnknownRecord($0, world.assessment)
        }
        await #expect {
            _ = try await service.assessments(partner: "P-9999", by: try await world.actor("amina"))
        } throws: {
            if case .unknownSubject? = $0 as? StoreError { true } else { false }
        }
    }

    @Test func anAssessmentExportIsBoundedAndText() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        let rows = try world.fixture.logRows()
        let tooLarge = Data(count: DiligenceService.assessmentExportLimit + 1)
        #expect(
            await refusal {
                _ = try await service.importAssessment(tooLarge, partner: world.first, by: amina)
            }?.code
                == .fileTooLarge)
        #expect(
            await refusal {
                _ = try await service.importAssessment(Data([0xC3, 0x28]), partner: world.first, by: amina)
            }
                == DiligenceError(.notText, field: .assessmentExport))
        await #expect(throws: AssessmentExportError.self) {
            _ = try await service.importAssessment(Data("{}".utf8), partner: world.first, by: amina)
        }
        #expect(try world.fixture.logRows() == rows)
    }
}

/// The phases an intake told, in order.
final class PhaseLog: @unchecked Sendable {
    private let lock = NSLock()
    private var phases: [IntakePhase] = []

    func add(_ phase: IntakePhase) { lock.withLock { phases.append(phase) } }

    var all: [IntakePhase] { lock.withLock { phases } }
}
