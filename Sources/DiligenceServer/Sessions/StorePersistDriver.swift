import Crypto
import DiligenceStore
import Foundation
import Hummingbird

/// Hummingbird's persistence (its sessions) kept in the diligence database, so sessions survive a
/// restart and several servers share them. Keys are stored as their SHA-256, so a reader of the
/// database cannot take over a session with what it reads.
struct StorePersistDriver: PersistDriver {
    let store: DiligenceStore
    let clock: @Sendable () -> Date

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let kept = try store.keepSession(
            Self.hashed(key), value: try Self.encode(value), expiresAt: expiry(expires), onlyNew: true)
        if !kept { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try store.keepSession(Self.hashed(key), value: try Self.encode(value), expiresAt: expiry(expires))
    }

    func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws
        -> (object: Object, ttl: Duration?)?
    {
        let now = clock()
        guard let kept = try store.session(Self.hashed(key), now: now) else { return nil }
        guard let object = try? JSONDecoder().decode(Object.self, from: Data(kept.value.utf8)) else {
            return nil
        }
        return (object, kept.expiresAt.map { .seconds(max(0, $0.timeIntervalSince(now))) })
    }

    func remove(key: String) async throws {
        try store.forgetSession(Self.hashed(key))
    }

    private func expiry(_ expires: Duration?) -> Date? {
        expires.map { clock().addingTimeInterval(TimeInterval($0.components.seconds)) }
    }

    private static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func hashed(_ key: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(key.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
