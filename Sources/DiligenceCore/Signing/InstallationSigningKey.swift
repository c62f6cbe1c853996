import Crypto
public import Foundation

/// The installation's Ed25519 private key: it signs the log's checkpoints and the assessments it
/// exports. Kept in a file readable by its owner only, never in the database or the log.
public struct InstallationSigningKey: Sendable {
    private let privateKey: Curve25519.Signing.PrivateKey
    /// The public half, with its id.
    public let publicKey: PublicSigningKey

    private init(_ privateKey: Curve25519.Signing.PrivateKey) {
        self.privateKey = privateKey
        // An Ed25519 public key made by swift-crypto is always a valid one.
        self.publicKey = PublicSigningKey(rawBytes: privateKey.publicKey.rawRepresentation)!
    }

    /// A new random key.
    public static func generate() -> InstallationSigningKey {
        InstallationSigningKey(Curve25519.Signing.PrivateKey())
    }

    /// The key from its 32-byte seed; `nil` when the bytes are not one.
    public init?(rawBytes: Data) {
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: rawBytes) else { return nil }
        self.init(key)
    }

    /// The key's 32-byte seed, as the key file keeps it (base64).
    public var rawBytes: Data { privateKey.rawRepresentation }

    /// The signature of `text`'s UTF-8 bytes.
    public func sign(_ text: String) -> Data {
        // Signing with a valid Curve25519 key does not fail.
        (try? privateKey.signature(for: Data(text.utf8))) ?? Data()
    }
}
