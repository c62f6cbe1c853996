public import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// The installation's signing key, from `file`; created on first need (a `key_created` row of
    /// the log, by `actor` or the system). A key file holding a key the database does not know
    /// yet (a database made anew beside it) is recorded as created; one holding a retired key is
    /// refused.
    public func signingKey(_ file: SigningKeyFile, by actor: AuthenticatedActor?) async throws
        -> InstallationSigningKey
    {
        try file.placed()
        let known = try store.signingKeys()
        if !file.exists {
            let key = InstallationSigningKey.generate()
            if let active = known.first(where: { $0.origin == .own && $0.status == .active }) {
                throw SigningError.keyFileUnusable(
                    path: file.path,
                    reason:
                        "it is missing, but the database's signing key is \(active.key.id); restore the key file from your backup, or make a new key with `key rotate`"
                )
            }
            if try !SigningKeyFile.create(key, at: file.path) { return try await signingKey(file, by: actor) }
            try store.recordSigningKey(
                .created(key.publicKey), actor: (actor ?? .system).actor, roles: try roles, now: clock())
            return key
        }
        let key = try file.load()
        switch known.first(where: { $0.key.id == key.publicKey.id }) {
        case nil:
            if let active = known.first(where: { $0.origin == .own && $0.status == .active }) {
                throw SigningError.keyFileUnusable(
                    path: file.path,
                    reason:
                        "it holds the key \(key.publicKey.id), but the database's signing key is \(active.key.id)"
                )
            }
            try store.recordSigningKey(
                .created(key.publicKey), actor: (actor ?? .system).actor, roles: try roles, now: clock())
        case let entry? where entry.origin != .own || entry.status != .active:
            throw SigningError.keyFileRetired(path: file.path, id: entry.key.id)
        default: break
        }
        return key
    }

    /// The public keys the installation knows: its own (active and retired) and those it trusts.
    public func signingKeys() async throws -> [SigningKeyEntry] {
        try store.signingKeys()
    }

    /// Retires the active key and makes a new one: the new key is written beside the key file,
    /// the change logged, then the file replaced. The retired public key stays in the database,
    /// so what it signed still verifies. Needs an account that manages accounts.
    public func rotateSigningKey(_ file: SigningKeyFile, by actor: AuthenticatedActor) async throws
        -> SigningKeyEntry
    {
        try require(.manageAccounts, by: actor)
        try file.placed()
        if !file.exists,
            let lost = try store.signingKeys().first(where: { $0.origin == .own && $0.status == .active })
        {
            return try await replaceLostSigningKey(lost, file: file, by: actor)
        }
        let current = try await signingKey(file, by: actor)
        let key = InstallationSigningKey.generate()
        let replacement = file.path + ".new"
        unlink(replacement)
        guard try SigningKeyFile.create(key, at: replacement) else {
            throw SigningError.keyFileUnusable(path: replacement, reason: "it is in the way; remove it")
        }
        do {
            try store.recordSigningKey(
                .rotated(retired: current.publicKey.id, key.publicKey), actor: actor.actor, roles: try roles,
                now: clock())
        } catch {
            unlink(replacement)
            throw error
        }
        try SigningKeyFile.replace(file.path, with: replacement)
        return try knownKey(key.publicKey.id)
    }

    /// The key file of the active key `lost` is gone, so that key can sign nothing more: a new key
    /// is written where the file was and the lost one retired in the log. Its public half stays, so
    /// what it signed still verifies.
    private func replaceLostSigningKey(
        _ lost: SigningKeyEntry, file: SigningKeyFile, by actor: AuthenticatedActor
    ) async throws -> SigningKeyEntry {
        let key = InstallationSigningKey.generate()
        guard try SigningKeyFile.create(key, at: file.path) else {
            throw SigningError.keyFileUnusable(
                path: file.path, reason: "it appeared while the key was replaced; run `key rotate` again")
        }
        do {
            try store.recordSigningKey(
                .rotated(retired: lost.key.id, key.publicKey), actor: actor.actor, roles: try roles,
                now: clock())
        } catch {
            unlink(file.path)
            throw error
        }
        return try knownKey(key.publicKey.id)
    }

    /// Trusts another installation's public key for the assessments it exports. Needs an account
    /// that manages accounts; `label` says whose it is.
    public func trustSigningKey(_ key: PublicSigningKey, label: String, by actor: AuthenticatedActor)
        async throws -> SigningKeyEntry
    {
        try require(.manageAccounts, by: actor)
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !label.isEmpty else { throw SigningError.labelMissing }
        if let known = try store.signingKeys().first(where: { $0.key.id == key.id }),
            known.origin == .own || known.status == .active
        {
            throw SigningError.alreadyKnown(id: key.id, origin: known.origin.rawValue)
        }
        try store.recordSigningKey(
            .trusted(key, label: label), actor: actor.actor, roles: try roles, now: clock())
        return try knownKey(key.id)
    }

    /// Withdraws trust from another installation's key: what it signed is refused from now on.
    public func distrustSigningKey(_ id: String, by actor: AuthenticatedActor) async throws -> SigningKeyEntry
    {
        try require(.manageAccounts, by: actor)
        guard let known = try store.signingKeys().first(where: { $0.key.id == id }) else {
            throw SigningError.unknownKey(id)
        }
        guard known.origin == .trusted else { throw SigningError.ownKey(id) }
        guard known.status == .active else { throw SigningError.alreadyDistrusted(id) }
        try store.recordSigningKey(.distrusted(id), actor: actor.actor, roles: try roles, now: clock())
        return try knownKey(id)
    }

    /// The key with `id` as the database holds it now.
    private func knownKey(_ id: String) throws -> SigningKeyEntry {
        guard let entry = try store.signingKeys().first(where: { $0.key.id == id }) else {
            throw SigningError.unknownKey(id)
        }
        return entry
    }
}
