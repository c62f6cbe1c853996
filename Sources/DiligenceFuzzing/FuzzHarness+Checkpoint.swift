import DiligenceCore
import Foundation

extension FuzzHarness {
    /// A checkpoint of the log (`audit verify --checkpoint`): read, then its signature checked
    /// against a key, as the layer does with the installation's keys.
    static let logCheckpoint = FuzzHarness(
        name: "log-checkpoint", summary: "a signed checkpoint of the log (JSON)"
    ) {
        data in
        guard let checkpoint = try? LogCheckpoint.read(data.fuzzText) else { return }
        _ = FuzzDefinitions.checkpointKey.verifies(checkpoint.signature, of: checkpoint.signedText)
    }
}
