import DiligenceCore

/// The terminal's wording of ``SigningError``: key files, checkpoints and signed exports.
enum SigningMessages {
    static func text(_ error: SigningError) -> String {
        switch error {
        case .keyFileUnusable(let path, let reason):
            return "the signing key file \(path): \(reason)"
        case .keyFileRetired(let path, let id):
            return
                "the signing key file \(path) holds the key \(id), which this installation retired or trusts from another; restore the current key file from your backup"
        case .unknownKey(let id):
            return "no key \(id) is known here; `diligence key list` shows the keys"
        case .notAPublicKey(let source):
            return
                "\(source) is not a public key: give the line `diligence key show --public` prints on the other installation (44 characters of base64)"
        case .labelMissing:
            return "--entity: say whose installation the key is, such as --entity \"UNICEF Kenya\""
        case .alreadyKnown(let id, let origin):
            return origin == "own"
                ? "the key \(id) is this installation's own; it needs no trust"
                : "the key \(id) is already trusted"
        case .ownKey(let id):
            return "the key \(id) is this installation's own; to replace it, run `diligence key rotate`"
        case .alreadyDistrusted(let id):
            return "the key \(id) is already distrusted"
        case .checkpointMalformed(let line, let column, let what):
            return
                "line \(line), column \(column): \(what); this is not a checkpoint `diligence audit checkpoint` wrote"
        case .notACheckpoint(let why):
            return "this is not a checkpoint written by `diligence audit checkpoint`: \(why)"
        case .checkpointMember(let member, let expected):
            return "the checkpoint's \"\(member)\" is missing or is not \(expected)"
        case .checkpointKeyUnknown(let id):
            return
                "the checkpoint is signed by the key \(id), which this installation never had: it was not written here, or the database is not the one it vouches for"
        case .checkpointKeyForeign(let id):
            return
                "the checkpoint is signed by the key \(id) of another installation (trusted for imports); a checkpoint vouches only for the log of the installation that signed it"
        case .checkpointSignatureInvalid:
            return "the checkpoint's signature does not match its content: it was changed after it was signed"
        case .logCutBack(let checkpointSeq, let logSeq, let signedAt):
            return
                "the log was cut back: the checkpoint of \(signedAt) vouches for \(checkpointSeq) events, but the log has \(logSeq); events were removed after it was signed (restore the database from a backup made after \(signedAt))"
        case .logRewritten(let seq, let signedAt):
            return
                "the log was rewritten: event \(seq) is not the one the checkpoint of \(signedAt) vouches for; events were removed or replaced after it was signed (restore the database from a backup made after \(signedAt))"
        case .exportUnsigned:
            return
                "the document is not signed; ask the assessing entity to export it again with a diligence that signs its exports"
        case .exportKeyUntrusted(let id):
            return
                "the document is signed by the key \(id), which is not trusted here: ask the assessing entity for its public key (`diligence key show --public`) and have an administrator trust it (`diligence key trust FILE --entity NAME`)"
        case .exportKeyDistrusted(let id):
            return "the document is signed by the key \(id), which an administrator distrusted here"
        case .exportSignatureInvalid:
            return
                "the document's signature does not match its content: it was changed after it was signed (its hash recomputed); ask the assessing entity for the original file"
        }
    }
}
