public import DiligenceCore
public import Foundation

/// A public key the installation knows: one of its own or one of another installation it
/// trusts, and where it stands.
public struct SigningKeyEntry: Hashable, Sendable {
    /// Whose key it is.
    public enum Origin: String, Hashable, Sendable {
        /// This installation's (its private half is, or was, in the key file).
        case own
        /// Another installation's, trusted for the assessments it exports.
        case trusted
    }

    /// Where the key stands.
    public enum Status: String, Hashable, Sendable {
        /// In use: the installation's signing key, or a key trusted now.
        case active
        /// An own key replaced by `key rotate`: what it signed still verifies.
        case retired
        /// A trusted key an administrator withdrew: what it signed is refused.
        case distrusted
    }

    /// The public key, with its id.
    public var key: PublicSigningKey
    /// Whose it is.
    public var origin: Origin
    /// Where it stands.
    public var status: Status
    /// Whose installation, in the administrator's words (for a trusted key).
    public var label: String
    /// When it was created or trusted.
    public var addedAt: Date
}

/// An administrator's change to the keys, one row of the log.
public enum SigningKeyChange: Hashable, Sendable {
    /// The installation's first key, created on first need.
    case created(PublicSigningKey)
    /// The active key retired (its id) and a new one made active.
    case rotated(retired: String, PublicSigningKey)
    /// Another installation's key trusted, with whose it is.
    case trusted(PublicSigningKey, label: String)
    /// A trusted key withdrawn (its id).
    case distrusted(String)
}
