import Crypto
import Foundation

/// SHA-256 digests as lowercase hex, for definition pinning and the event log's hash chain.
public enum ContentHash {
    /// The SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits.
    public static func sha256(_ text: String) -> String {
        var text = text
        return text.withUTF8 { hex(SHA256.hash(data: UnsafeRawBufferPointer($0))) }
    }

    /// The SHA-256 of the bytes, as 64 lowercase hex digits.
    public static func sha256(bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(SHA256.hash(data: $0)) }
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The hash that comes before the first row of a log: 64 zeros.
    public static let genesis = String(repeating: "0", count: 64)
}
