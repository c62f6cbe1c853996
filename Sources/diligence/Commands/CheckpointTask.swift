import DiligenceApp
import DiligenceServer
import Foundation
import Logging

/// The server's scheduled checkpoints: every minute, writes one into `checkpoints.directory`
/// when `checkpoints.every` has passed since the newest one there.
enum CheckpointTask {
    /// The pause between two looks.
    static let interval: Duration = .seconds(60)

    /// Starts the task when `checkpoints.directory` is set; `nil` otherwise.
    static func start(service: DiligenceService, settings: ServerSettings, logger: Logger) -> Task<
        Void, Never
    >? {
        guard let schedule = settings.checkpointSchedule else { return nil }
        let keyFile =
            settings.signingKeyFile.map(SigningKeyFile.init(path:))
            ?? SigningKeyFile.beside(database: settings.database)
        return Task {
            while !Task.isCancelled {
                do {
                    if let written = try await service.writeScheduledCheckpoint(
                        schedule, keyFile: keyFile, by: nil)
                    {
                        logger.info("checkpoint written to \(written.path)")
                    }
                } catch {
                    logger.error("no checkpoint written this round: \(error)")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
