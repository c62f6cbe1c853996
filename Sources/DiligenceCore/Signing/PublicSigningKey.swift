import Crypto
public import Foundation

/// An installation's Ed25519 public key: what a checkpoint or an exported assessment is verified
/// with. Its id is the first eight bytes of the SHA-256 of the key's 32 bytes, as 16 hex digits.
public struct PublicSigningKey: Hashable, Sendable {
    /// The key's 32 bytes.
    public let rawBytes: Data
    /// The key's id: 16 lowercase hex digits.
    public let id: String

    /// The key from its 32 bytes; `nil` when they are not an Ed25519 public key.
    public init?(rawBytes: Data) {
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: rawBytes)) != nil else { return nil }
        self.rawBytes = rawBytes
        self.id = String(ContentHash.sha256(bytes: [UInt8](rawBytes)).prefix(16))
    }

    /// The key from its base64 text (as `key show --public` prints it); `nil` when it is not one.
    public init?(base64 text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: trimmed), bytes.count == 32 else { return nil }
        self.init(rawBytes: bytes)
    }

    /// The key's 32 bytes in base64, the form exchanged between installations.
    public var base64: String { rawBytes.base64EncodedString() }

    /// Whether `signature` is this key's signature of `text`'s UTF-8 bytes.
    public func verifies(_ signature: Data, of text: String) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: rawBytes) else { return false }
        return key.isValidSignature(signature, for: Data(text.utf8))
    }
}
