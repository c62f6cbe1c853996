/// Why a key act, a checkpoint or a signed document is refused. Nothing is written for it. The
/// data only: each front end words it (the CLI in `SigningMessages`).
public enum SigningError: Error, Hashable, Sendable {
    /// The key file cannot be read, holds no key, or others may read it.
    case keyFileUnusable(path: String, reason: String)
    /// The key file holds a key this installation retired.
    case keyFileRetired(path: String, id: String)
    /// No key with this id is known here.
    case unknownKey(String)
    /// The public key given is not an Ed25519 public key in base64.
    case notAPublicKey(String)
    /// A key to trust was given without saying whose it is.
    case labelMissing
    /// The key to trust is already known here (own or trusted).
    case alreadyKnown(id: String, origin: String)
    /// The key to distrust is one of this installation's own.
    case ownKey(String)
    /// The key to distrust was already distrusted.
    case alreadyDistrusted(String)
    /// The checkpoint's text is not JSON, or gives a member twice.
    case checkpointMalformed(line: Int, column: Int, String)
    /// The JSON is not a checkpoint.
    case notACheckpoint(String)
    /// A member of the checkpoint is missing or not in its form.
    case checkpointMember(String, String)
    /// The checkpoint is signed by a key this installation never had.
    case checkpointKeyUnknown(keyID: String)
    /// The checkpoint is signed by another installation's key.
    case checkpointKeyForeign(keyID: String)
    /// The checkpoint's signature does not match its content.
    case checkpointSignatureInvalid
    /// The log has fewer events than the checkpoint vouches for.
    case logCutBack(checkpointSeq: Int, logSeq: Int, signedAt: String)
    /// The event at the checkpoint's position is not the one it vouches for.
    case logRewritten(seq: Int, signedAt: String)
    /// The exported document carries no signature.
    case exportUnsigned
    /// The exported document is signed by a key not trusted here.
    case exportKeyUntrusted(keyID: String)
    /// The exported document is signed by a key distrusted here.
    case exportKeyDistrusted(keyID: String)
    /// The exported document's signature does not match its content.
    case exportSignatureInvalid
}
