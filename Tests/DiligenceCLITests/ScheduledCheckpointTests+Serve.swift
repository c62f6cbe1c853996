import Foundation
import Testing

/// `serve` writing signed checkpoints on its schedule (`checkpoints.directory`, `checkpoints.every`):
/// the real server process, end to end. The schedule's arithmetic runs on the layer's clock in
/// `SigningKeyTests`; here the server writes the first one as it starts, since none is there yet.
extension ScheduledCheckpointTests {
    @Test func theServerWritesACheckpointThatTheLogIsVerifiedAgainst() throws {
        let workspace = try ServerCommandTests.workspace()
        let folder = workspace.file("checkpoints")
        let server = try workspace.launchUnprovisioned(
            ["serve", "--port", "0"],
            environment: ServerCommandTests.cheap.merging([
                "DILIGENCE_CHECKPOINTS_DIRECTORY": folder.path, "DILIGENCE_CHECKPOINTS_EVERY": "1d",
            ]) { $1 })
        defer { server.kill() }
        // Waits for the server's first round (a real process: no clock of ours to move).
        let deadline = Date().addingTimeInterval(60)
        var written: [String] = []
        while written.isEmpty || !server.outputSoFar.contains("diligence is serving"), server.isRunning,
            Date() < deadline
        {
            Thread.sleep(forTimeInterval: 0.1)
            written = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasPrefix("checkpoint-") && $0.hasSuffix(".json") }
        }
        server.terminate()
        let stopped = server.wait()
        #expect(stopped.exitCode == 0, "\(stopped)")
        try #require(written.count == 1, "\(stopped)")
        #expect(stopped.stderr.contains("checkpoint written to \(folder.path)/\(written[0])"), "\(stopped)")
        let file = folder.appendingPathComponent(written[0]).path
        // The log grew after the checkpoint: it still extends it.
        _ = try workspace.run([
            "partner", "add", "Amani", "--country", "KE", "--type", "cso", "--as", "amina.diallo",
        ])
        let verified = try workspace.runUnprovisioned(["audit", "verify", "--checkpoint", file])
        #expect(verified.exitCode == 0, "\(verified)")
        #expect(verified.stdout.contains("it extends the checkpoint of "), "\(verified)")
    }
}
