import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// Flags and training through the layer: a partner's staff see and change their own partner's
/// records only (another partner's are refused as if they did not exist, with nothing written);
/// the workflows decide which UN roles may act; attendance sheets are bounded and checked.
@Suite struct FlagTrainingAccessTests {
    static func world() async throws -> AccessMatrixTests.World { try await AccessMatrixTests.world() }

    /// A yellow operational flag, `Late reports`, raised on `partner` by `actor`; its id.
    static func lateReportsFlag(
        on partner: String, by actor: AuthenticatedActor, in world: AccessMatrixTests.World
    ) async throws -> String {
        try await world.fixture.service.raiseFlag(
            on: partner, category: .operational, level: .yellow, reason: "Late reports", by: actor)
    }

    @Test func flagsAreSeenAndRaisedOnlyOnPartnersTheAccountMaySee() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        let flag = try await Self.lateReportsFlag(on: world.second, by: amina, in: world)
        let lucia = try await world.actor("lucia")
        let wanjiru = try await world.actor("wanjiru")
        #expect(try await service.flags(by: lucia).map(\.id) == [flag])
        // The allegation on the first partner raised a flag by rule: its staff see that one only.
        let own = try await service.flags(by: wanjiru)
        #expect(!own.isEmpty && own.allSatisfy { $0.partner == world.first })
        #expect(Set(try await service.flags(by: amina).map(\.id)) == Set(own.map(\.id) + [flag]))
        #expect(try await service.flag(flag, by: lucia).history.count >= 2)
        let rows = try world.fixture.logRows()
        for attempt in [
            { _ = try await service.flag(flag, by: wanjiru) },
            { _ = try await service.flags(partner: world.second, by: wanjiru) },
            { _ = try await service.decideFlag(flag, decision: .escalate, reason: "Why", by: wanjiru) },
            {
                _ = try await service.raiseFlag(
                    on: world.second, category: .operational, level: .yellow, reason: "x", by: wanjiru)
            },
        ] as [() async throws -> Void] {
            await #expect { try await attempt() } throws: { error in
                isUnknownRecord(error, flag) || isUnknownRecord(error, world.second)
            }
        }
        #expect(try world.fixture.logRows() == rows)
    }

    @Test func theFlagWorkflowDecidesWhoMayDecide() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        let flag = try await Self.lateReportsFlag(on: world.first, by: amina, in: world)
        let rows = try world.fixture.logRows()
        // Only headquarters confirms an escalated flag; the procurement officer cannot escalate.
        await #expect(throws: StoreError.self) {
            try await service.decideFlag(
                flag, decision: .escalate, reason: "Why", by: try await world.actor("lucas"))
        }
        #expect(try world.fixture.logRows() == rows)
        try await service.decideFlag(flag, decision: .escalate, reason: "HQ should decide", by: amina)
        #expect(try await service.flag(flag, by: amina).entry.state == "escalated")
    }

    @Test func aPartnersStaffRecordTheirOwnTrainingOnly() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let wanjiru = try await world.actor("wanjiru")
        let change = TrainingChange.personnel(
            PersonnelGroup(category: .staff, headCount: 10, inContactWithBeneficiaries: true))
        let result = try await service.changeTraining(change, partner: world.first, by: wanjiru)
        #expect(result.record.partner == world.first)
        #expect(try await service.training(partner: world.first, by: wanjiru)?.id == result.id)
        let rows = try world.fixture.logRows()
        await #expect {
            try await service.changeTraining(change, partner: world.second, by: wanjiru)
        } throws: {
            isUnknownRecord($0, world.second)
        }
        await #expect { _ = try await service.training(partner: world.second, by: wanjiru) } throws: {
            isUnknownRecord($0, world.second)
        }
        #expect(try world.fixture.logRows() == rows)
    }

    @Test func anAttendanceSheetIsBoundedCheckedAndAllOrNothing() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        let header = "date,course,category,people\n"
        let rows = try world.fixture.logRows()
        let tooLarge = Data(count: AttendanceSheet.Limits.standard.maxBytes + 1)
        #expect(
            await refusal {
                _ = try await service.importAttendance(
                    tooLarge, partner: world.first, skippingBadRows: false, by: amina)
            }
                == DiligenceError(
                    .fileTooLarge, field: .attendanceSheet,
                    ["size": "\(tooLarge.count)", "limit": "\(AttendanceSheet.Limits.standard.maxBytes)"]))
        #expect(
            await refusal {
                _ = try await service.importAttendance(
                    Data([0xFF, 0xFE, 0x00]), partner: world.first, skippingBadRows: false, by: amina)
            }
                == DiligenceError(.notText, field: .attendanceSheet))
        let mixed = Data((header + "2026-01-01,PSEA basics,staff,4\nyesterday,PSEA basics,staff,2\n").utf8)
        await #expect(throws: AttendanceSheetError.self) {
            _ = try await service.importAttendance(
                mixed, partner: world.first, skippingBadRows: false, by: amina)
        }
        let onlyBad = Data((header + "yesterday,PSEA basics,staff,2\n").utf8)
        #expect(
            await refusal {
                _ = try await service.importAttendance(
                    onlyBad, partner: world.first, skippingBadRows: true, by: amina)
            }
                == DiligenceError(.nothingToImport, field: .attendanceSheet))
        #expect(try world.fixture.logRows() == rows)
        let (result, sheet) = try await service.importAttendance(
            mixed, partner: world.first, skippingBadRows: true, by: amina)
        #expect(sheet.badRows == [3])
        #expect(result.record.trainings.count == 1)
    }
}

/// Partners and their officers through the layer.
@Suite struct PartnerRecordAccessTests {
    @Test func aPartnersStaffSeeTheirOwnPartnerOnly() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let wanjiru = try await world.actor("wanjiru")
        #expect(try await service.partners(by: wanjiru).map(\.partner.id) == [world.first])
        #expect(try await service.partners(by: try await world.actor("amina")).count == 2)
        #expect(try await service.partners(assignedTo: "amina", by: nil).map(\.partner.id) == [world.first])
        let detail = try await service.partnerRecord(world.first, by: wanjiru)
        #expect(detail.partner.id == world.first && detail.officers.map(\.officer) == ["amina"])
        await #expect { _ = try await service.partnerRecord(world.second, by: wanjiru) } throws: {
            isUnknownRecord($0, world.second)
        }
    }

    @Test func onlyTheAssignmentPolicysRolesAssignOfficers() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let rows = try world.fixture.logRows()
        await #expect(throws: StoreError.self) {
            try await service.assignOfficer("james", to: world.second, by: try await world.actor("wanjiru"))
        }
        await #expect(throws: StoreError.self) {
            try await service.assignOfficer("james", to: world.second, by: try await world.actor("lucas"))
        }
        #expect(try world.fixture.logRows() == rows)
        try await service.assignOfficer("james", to: world.second, by: try await world.actor("henrik"))
        #expect(try await service.partners(assignedTo: "james", by: nil).map(\.partner.id) == [world.second])
        try await service.unassignOfficer("james", from: world.second, by: try await world.actor("henrik"))
        #expect(try await service.partners(assignedTo: "james", by: nil).isEmpty)
    }
}
