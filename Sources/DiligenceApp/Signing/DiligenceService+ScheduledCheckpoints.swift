import DiligenceCore
public import DiligenceStore
public import Foundation

extension DiligenceService {
    /// Writes a checkpoint into the schedule's folder when its interval has passed since the
    /// newest checkpoint there (by the time it was signed, read from the file), or when there is
    /// none; returns the file written, `nil` when none was due. The folder is created when
    /// missing.
    public func writeScheduledCheckpoint(
        _ schedule: CheckpointSchedule, keyFile: SigningKeyFile, by actor: AuthenticatedActor?
    ) async throws -> URL? {
        let folder = URL(fileURLWithPath: schedule.directory, isDirectory: true)
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = try manager.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("checkpoint-") && $0.hasSuffix(".json") }.sorted()
        let now = clock()
        if let newest = names.last,
            let data = manager.contents(atPath: folder.appendingPathComponent(newest).path),
            let last = try? LogCheckpoint.read(String(decoding: data, as: UTF8.self)),
            now.timeIntervalSince(last.signedAt) < schedule.every
        {
            return nil
        }
        let checkpoint = try await self.checkpoint(keyFile, by: actor)
        let file = folder.appendingPathComponent(CheckpointSchedule.fileName(checkpoint.signedAt))
        try Data((checkpoint.json.prettyText + "\n").utf8).write(to: file, options: .atomic)
        return file
    }
}
