public import Foundation

/// A person who signs in to diligence, or the operator who runs a command: their name in the
/// log, the roles they hold and what they see.
///
/// An account holding a partner role is tied to one partner and sees only its records; an
/// account of UN staff carries a scope (the countries whose partners they work on; empty for
/// every country). A disabled account can do nothing; it stays in the log and the list.
public struct Account: Sendable, Hashable, Codable {
    /// The account name, as the log records it (`amina.diallo`).
    public var name: String
    /// The person's name as pages and messages show it (`Amina Diallo`).
    public var displayName: String
    /// Where messages reach the person; `nil` when none is known.
    public var email: String?
    /// The roles the account holds, sorted.
    public var roles: [String]
    /// The partner whose staff the person is (accounts holding a partner role).
    public var partner: String?
    /// The countries (ISO 3166 alpha-2 codes) whose partners the person works on, sorted; empty
    /// for every country.
    public var scope: [String]
    /// False once an administrator disabled the account.
    public var isActive: Bool
    /// When the account was created.
    public var createdAt: Date

    /// Creates an account.
    public init(
        name: String, displayName: String, email: String? = nil, roles: [String], partner: String? = nil,
        scope: [String] = [], isActive: Bool = true, createdAt: Date
    ) {
        self.name = name
        self.displayName = displayName
        self.email = email
        self.roles = roles.sorted()
        self.partner = partner
        self.scope = scope.sorted()
        self.isActive = isActive
        self.createdAt = createdAt
    }

    /// Whether the account holds `role`.
    public func holds(_ role: String) -> Bool { roles.contains(role) }

    /// Whether a partner in `country` is within the account's scope.
    public func covers(country: String) -> Bool { scope.isEmpty || scope.contains(country) }

    /// The name of the built-in account the engine and the server's scheduled work act under.
    public static let systemName = "system"
}

/// Checks of account names, e-mail addresses and scopes, shared by every front end.
public enum AccountText {
    /// The longest account name.
    public static let maximumNameLength = 64
    /// The longest display name.
    public static let maximumDisplayNameLength = 200
    /// The longest e-mail address (RFC 5321's path limit).
    public static let maximumEmailLength = 254

    /// Whether `name` can name an account: 2 to 64 lower-case letters, digits, `.`, `_` and `-`,
    /// starting with a letter (`amina.diallo`), and not a name the engine keeps for itself.
    public static func isAccountName(_ name: String) -> Bool {
        guard (2...maximumNameLength).contains(name.count), let first = name.unicodeScalars.first,
            ("a"..."z").contains(first)
        else { return false }
        guard name != Account.systemName else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
        }
    }

    /// Whether `text` is a plausible e-mail address: one `@` between a local part and a domain
    /// with a dot, no blanks or control characters, at most 254 characters.
    public static func isEmail(_ text: String) -> Bool {
        guard text.count <= maximumEmailLength, !text.unicodeScalars.contains(where: isBlankOrControl) else {
            return false
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].count >= 3 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// Whether `text` is a display name: not blank, no control characters, at most 200 characters.
    public static func isDisplayName(_ text: String) -> Bool {
        text.count <= maximumDisplayNameLength && text.contains(where: { !$0.isWhitespace })
            && !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    }

    /// Whether `code` is a country code as partners carry it: two upper-case letters.
    public static func isCountryCode(_ code: String) -> Bool {
        code.count == 2 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    private static func isBlankOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }
}
