public import Foundation

/// A signed statement of the log's head: "at this time the log had this many events and its
/// last one had this hash", signed with the installation's key. An auditor keeps it; later,
/// `audit verify --checkpoint` proves the log still extends it, so a log cut back and its
/// records rewritten to match, which the hash chain alone cannot show, is caught.
public struct LogCheckpoint: Hashable, Sendable {
    /// The value of `format` in every checkpoint document.
    public static let format = "diligence-log-checkpoint"
    /// The version of the document format this build writes and reads.
    public static let formatVersion = 1
    /// The largest checkpoint document read (bytes): a real one is a few hundred.
    public static let sizeLimit = 64 * 1024

    /// The number of the log's last event when it was signed.
    public var seq: Int
    /// That event's hash.
    public var hash: String
    /// When it was signed.
    public var signedAt: Date
    /// The id of the key that signed it.
    public var keyID: String
    /// The Ed25519 signature of ``signedText``.
    public var signature: Data

    /// The statement of the log's head (without a signature yet).
    public init(seq: Int, hash: String, signedAt: Date, keyID: String, signature: Data = Data()) {
        self.seq = seq
        self.hash = hash
        self.signedAt = signedAt
        self.keyID = keyID
        self.signature = signature
    }

    /// The members that are signed.
    private var body: [String: JSONValue] {
        [
            "format": .string(Self.format), "format_version": .int(Self.formatVersion), "seq": .int(seq),
            "hash": .string(hash), "signed_at": .string(RecordedDetermination.format(signedAt)),
            "key_id": .string(keyID),
        ]
    }

    /// The text the signature covers: the document without its signature, keys sorted, no spaces.
    public var signedText: String { JSONValue.object(body).canonicalText }

    /// The checkpoint signed with `key`.
    public func signed(with key: InstallationSigningKey) -> LogCheckpoint {
        var checkpoint = self
        checkpoint.keyID = key.publicKey.id
        checkpoint.signature = key.sign(checkpoint.signedText)
        return checkpoint
    }

    /// The document: the signed members and `signature` (base64).
    public var json: JSONValue {
        var document = body
        document["signature"] = .string(signature.base64EncodedString())
        return .object(document)
    }

    /// Reads a checkpoint document's text: JSON with each member once, the format, and every
    /// member in its form. The signature is checked by whoever knows the keys.
    public static func read(_ text: String) throws(SigningError) -> LogCheckpoint {
        let document: JSONValue
        do {
            document = try JSONValue.parse(text)
        } catch {
            switch error.problem {
            case .duplicateKey(let key):
                throw .checkpointMalformed(
                    line: error.line, column: error.column, "\"\(key)\" is given twice in the same object")
            case .tooDeep, .syntax:
                throw .checkpointMalformed(line: error.line, column: error.column, "this is not valid JSON")
            }
        }
        guard let members = document.objectValue, members["format"]?.stringValue == format else {
            throw .notACheckpoint("its \"format\" is not \"\(format)\"")
        }
        guard members["format_version"]?.intValue == formatVersion else {
            throw .notACheckpoint(
                "its \"format_version\" is not \(formatVersion), the version this diligence reads")
        }
        let known: Set<String> = [
            "format", "format_version", "seq", "hash", "signed_at", "key_id", "signature",
        ]
        if let extra = members.keys.sorted().first(where: { !known.contains($0) }) {
            throw .notACheckpoint("it has a member \"\(extra)\" a checkpoint does not have")
        }
        guard let seq = members["seq"]?.intValue, seq >= 0 else {
            throw .checkpointMember("seq", "a count of events (0 or more)")
        }
        guard let hash = members["hash"]?.stringValue, hash.count == 64,
            hash.allSatisfy({ "0123456789abcdef".contains($0) })
        else { throw .checkpointMember("hash", "a SHA-256 in 64 lowercase hex digits") }
        guard let at = members["signed_at"]?.stringValue.flatMap(RecordedDetermination.parse) else {
            throw .checkpointMember("signed_at", "a time such as 2027-03-01T09:30:00Z")
        }
        guard let keyID = members["key_id"]?.stringValue, !keyID.isEmpty else {
            throw .checkpointMember("key_id", "the id of the key that signed it")
        }
        guard let signature = members["signature"]?.stringValue.flatMap({ Data(base64Encoded: $0) }),
            signature.count == 64
        else { throw .checkpointMember("signature", "an Ed25519 signature in base64") }
        return LogCheckpoint(seq: seq, hash: hash, signedAt: at, keyID: keyID, signature: signature)
    }
}
