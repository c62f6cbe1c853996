import Crypto
import Foundation

/// A restricted value sealed with AES-GCM: `v1:` and the base64 of nonce, ciphertext and tag.
/// The sealed text is bound to its case and field (authenticated data), so it cannot be moved to
/// another case or field without the opening failing.
public enum SealedField {
    /// The prefix of every sealed value this version writes.
    static let prefix = "v1:"

    /// Seals `text` for `field` of the case `subject`. Each call uses a fresh random nonce, so
    /// the same text sealed twice gives different results.
    public static func seal(_ text: String, field: String, subject: String, key: AllegationKey) -> String {
        let box = try! AES.GCM.seal(
            Data(text.utf8), using: key.key, authenticating: context(field: field, subject: subject))
        // A sealed box made with the default 12-byte nonce always has its combined form.
        return prefix + box.combined!.base64EncodedString()
    }

    /// Opens a sealed value; `nil` when it was not sealed with this key for this case and field
    /// (a wrong key file, or a damaged or moved value).
    public static func open(_ sealed: String, field: String, subject: String, key: AllegationKey) -> String? {
        guard sealed.hasPrefix(prefix),
            let data = Data(base64Encoded: String(sealed.dropFirst(prefix.count))),
            let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(
                box, using: key.key, authenticating: context(field: field, subject: subject))
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }

    /// Whether `text` has the shape of a sealed value (it says nothing of the key).
    public static func isSealed(_ text: String) -> Bool {
        text.hasPrefix(prefix) && Data(base64Encoded: String(text.dropFirst(prefix.count))) != nil
    }

    private static func context(field: String, subject: String) -> Data {
        Data("diligence allegation \(subject) \(field)".utf8)
    }
}
