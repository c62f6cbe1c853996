import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import GRDB
import Testing

/// The installation's signing key and checkpoints through the layer, on a real SQLite file and a
/// real key file, with the fixture's clock: the key is created once and logged, rotation keeps
/// the retired public key, checkpoints are written on schedule, and key acts need an
/// administrator.
@Suite struct SigningKeyTests {
    func keyFile(_ fixture: AppFixture) -> SigningKeyFile {
        SigningKeyFile.beside(database: fixture.keyBase)
    }

    @Test func theKeyIsCreatedOnceOwnerOnlyAndLogged() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts()
        let service = fixture.service
        let file = keyFile(fixture)
        let first = try await service.signingKey(file, by: admin)
        let again = try await service.signingKey(file, by: nil)
        #expect(first.publicKey == again.publicKey)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let keys = try await service.signingKeys()
        #expect(keys.map(\.key.id) == [first.publicKey.id])
        #expect(keys.first?.origin == .own && keys.first?.status == .active)
        #expect(try fixture.store.verify().isIntact)

        // A missing key file while the database has a key: refused, nothing made.
        try FileManager.default.removeItem(atPath: file.path)
        let rows = try fixture.logRows()
        await #expect(throws: SigningError.self) { _ = try await service.signingKey(file, by: admin) }
        #expect(!file.exists)
        #expect(try fixture.logRows() == rows)
    }

    @Test func rotationKeepsTheRetiredKeyAndItsCheckpointsVerify() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts([
            NewAccount(name: "amina", roles: ["programme_officer"])
        ])
        let service = fixture.service
        let file = keyFile(fixture)
        let checkpoint = try await service.checkpoint(file, by: admin)
        let amina = try await service.authenticate("amina", role: nil)
        let rows = try fixture.logRows()
        #expect(
            await refusal { _ = try await service.rotateSigningKey(file, by: amina) }?.code == .notAllowed)
        #expect(try fixture.logRows() == rows)
        let rotated = try await service.rotateSigningKey(file, by: admin)
        #expect(rotated.key.id != checkpoint.keyID)
        #expect(try await service.signingKey(file, by: nil).publicKey == rotated.key)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".new"))
        let verified = try await service.verifyCheckpoint(Data((checkpoint.json.prettyText).utf8))
        #expect(verified.key.status == .retired)
        #expect(verified.report.isIntact)
        #expect(try await service.signingKeys().map(\.status) == [.retired, .active])
    }

    /// The refusal of a lost key file suggests `key rotate`: it makes a new key where the file was,
    /// retires the lost one, and what the lost key signed still verifies.
    @Test func aLostKeyFileIsReplacedByRotationAndItsCheckpointsStillVerify() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts()
        let service = fixture.service
        let file = keyFile(fixture)
        let checkpoint = try await service.checkpoint(file, by: admin)
        try FileManager.default.removeItem(atPath: file.path)
        let refused = await #expect(throws: SigningError.self) {
            _ = try await service.signingKey(file, by: admin)
        }
        #expect("\(String(describing: refused))".contains("key rotate"))
        let rotated = try await service.rotateSigningKey(file, by: admin)
        #expect(rotated.key.id != checkpoint.keyID)
        #expect(try await service.signingKey(file, by: nil).publicKey == rotated.key)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try await service.signingKeys().map(\.status) == [.retired, .active])
        let verified = try await service.verifyCheckpoint(Data((checkpoint.json.prettyText).utf8))
        #expect(verified.key.status == .retired && verified.report.isIntact)
        #expect(try fixture.store.verify().isIntact)
    }

    /// A PostgreSQL database has no folder: a key file not named for it is refused with what to do,
    /// and nothing is created or logged.
    @Test func aKeyFileNotNamedForAPostgreSQLDatabaseIsRefused() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts()
        let url = "postgres://diligence@db.example.org:5432/diligence"
        let rows = try fixture.logRows()
        let signing = SigningKeyFile.beside(database: url)
        let refused = await #expect(throws: SigningError.self) {
            _ = try await fixture.service.signingKey(signing, by: admin)
        }
        #expect("\(String(describing: refused))".contains("--signing-key"))
        #expect(throws: StoreError.self) { _ = try AllegationKeyFile.beside(database: url).loadOrCreate() }
        #expect(!FileManager.default.fileExists(atPath: "diligence.key"))
        #expect(!FileManager.default.fileExists(atPath: "diligence-signing.key"))
        #expect(try fixture.logRows() == rows)
    }

    @Test func checkpointsAreWrittenOnScheduleByTheClock() async throws {
        let (fixture, _) = try await AppFixture.withAccounts()
        let service = fixture.service
        let folder = fixture.directory.appendingPathComponent("checkpoints").path
        let schedule = CheckpointSchedule(
            directory: folder, every: try #require(CheckpointSchedule.interval("1d")))
        let first = try await service.writeScheduledCheckpoint(schedule, keyFile: keyFile(fixture), by: nil)
        #expect(first?.lastPathComponent == "checkpoint-20260101T090000Z.json")
        fixture.advance(days: 0.5)
        #expect(
            try await service.writeScheduledCheckpoint(schedule, keyFile: keyFile(fixture), by: nil) == nil)
        fixture.advance(days: 0.5)
        let second = try await service.writeScheduledCheckpoint(schedule, keyFile: keyFile(fixture), by: nil)
        #expect(second?.lastPathComponent == "checkpoint-20260102T090000Z.json")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written.count == 2)
        for name in written {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
            #expect(try await service.verifyCheckpoint(data).report.isIntact)
        }
        #expect(CheckpointSchedule.interval("30m") == 1800)
        for bad in ["0d", "-1h", "1w", "d", "", "400d", "59s"] {
            #expect(CheckpointSchedule.interval(bad) == nil)
        }
    }

    @Test func aCheckpointOfAnotherInstallationOrTamperedIsRefused() async throws {
        let (fixture, admin) = try await AppFixture.withAccounts()
        let (other, otherAdmin) = try await AppFixture.withAccounts()
        let theirs = try await other.service.checkpoint(keyFile(other), by: otherAdmin)
        let ours = try await fixture.service.checkpoint(keyFile(fixture), by: admin)
        await #expect(throws: SigningError.checkpointKeyUnknown(keyID: theirs.keyID)) {
            _ = try await fixture.service.verifyCheckpoint(Data(theirs.json.prettyText.utf8))
        }
        // Trusted for imports, another installation's key still vouches for no log here.
        let key = try #require(try await other.service.signingKeys().first?.key)
        _ = try await fixture.service.trustSigningKey(key, label: "UNFPA", by: admin)
        await #expect(throws: SigningError.checkpointKeyForeign(keyID: theirs.keyID)) {
            _ = try await fixture.service.verifyCheckpoint(Data(theirs.json.prettyText.utf8))
        }
        var later = ours
        later.signedAt = later.signedAt.addingTimeInterval(60)
        await #expect(throws: SigningError.checkpointSignatureInvalid) {
            _ = try await fixture.service.verifyCheckpoint(Data(later.json.prettyText.utf8))
        }
        await #expect(throws: SigningError.self) {
            _ = try await fixture.service.verifyCheckpoint(
                Data(repeating: 0x20, count: LogCheckpoint.sizeLimit + 1))
        }
        #expect(try fixture.store.verify().isIntact)
    }
}
