public import Foundation

/// An installation's signature of a document it wrote (an exported assessment): the signing
/// key's id and the Ed25519 signature, written as `{"key_id": "...", "value": "base64"}`.
public struct DocumentSignature: Hashable, Sendable {
    /// The id of the key that signed.
    public var keyID: String
    /// The signature's 64 bytes.
    public var value: Data
}

extension DocumentSignature {
    /// Reads the `signature` member of a document.
    init(json: JSONValue) throws(AssessmentExportError) {
        guard let members = json.objectValue, members.count == 2, let keyID = members["key_id"]?.stringValue,
            !keyID.isEmpty, let value = members["value"]?.stringValue.flatMap({ Data(base64Encoded: $0) }),
            value.count == 64
        else { throw .signatureMalformed }
        self.init(keyID: keyID, value: value)
    }

    /// The member as written.
    var json: JSONValue {
        .object(["key_id": .string(keyID), "value": .string(value.base64EncodedString())])
    }
}
