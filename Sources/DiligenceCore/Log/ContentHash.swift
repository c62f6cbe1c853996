import Crypto
import Foundation

/// SHA-256 digests as lowercase hex, for definition pinning and the event log's hash chain.
public enum ContentHash {
    /// The SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits.
    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The hash that comes before the first row of a log: 64 zeros.
    public static let genesis = String(repeating: "0", count: 64)
}
