import DiligenceCore
import DiligenceStore

extension DiligenceService {
    /// Refuses an exported assessment whose signature is missing, malformed, by a key not
    /// trusted here (own keys, active or retired, and the keys trusted with `key trust`), or does
    /// not match its content (a text changed and its hash recomputed).
    func checkSignature(of export: AssessmentExport) throws {
        guard let signature = export.signature else { throw SigningError.exportUnsigned }
        guard let key = try store.signingKeys().first(where: { $0.key.id == signature.keyID }) else {
            throw SigningError.exportKeyUntrusted(keyID: signature.keyID)
        }
        guard key.status != .distrusted else {
            throw SigningError.exportKeyDistrusted(keyID: signature.keyID)
        }
        guard key.key.verifies(signature.value, of: export.signedText) else {
            throw SigningError.exportSignatureInvalid
        }
    }
}
