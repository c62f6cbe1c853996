import Crypto
public import Foundation

/// The AES-256 key that seals the restricted fields of allegations. It lives in a key file
/// outside the database, so a copy of the database alone reveals none of them.
public struct AllegationKey: Sendable {
    let key: SymmetricKey

    /// The length of the key in bytes.
    public static let byteCount = 32

    /// A key from its raw bytes; `nil` unless there are exactly 32 of them.
    public init?(rawBytes: Data) {
        guard rawBytes.count == Self.byteCount else { return nil }
        key = SymmetricKey(data: rawBytes)
    }

    /// A new random key.
    public static func generate() -> AllegationKey {
        AllegationKey(key: SymmetricKey(size: .bits256))
    }

    private init(key: SymmetricKey) { self.key = key }

    /// The raw bytes, to write to the key file.
    public var rawBytes: Data { key.withUnsafeBytes { Data($0) } }
}
