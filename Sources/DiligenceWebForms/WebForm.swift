import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string, read with bounds:
/// at most ``maximumFields`` fields, each name and value decoded once.
public struct WebForm: Sendable, Hashable {
    /// The most fields a form may have.
    public static let maximumFields = 500

    /// The fields in the order they came, names and values decoded.
    public private(set) var fields: [(name: String, value: String)] = []

    public static func == (a: WebForm, b: WebForm) -> Bool {
        a.fields.map(\.name) == b.fields.map(\.name) && a.fields.map(\.value) == b.fields.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }

    /// An empty form.
    public init() {}

    /// Reads `text`; `nil` when it is not a form (bad percent-encoding, too many fields).
    public init?(urlEncoded text: String) {
        guard !text.isEmpty else { return }
        let pairs = text.split(separator: "&", omittingEmptySubsequences: true)
        guard pairs.count <= Self.maximumFields else { return nil }
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { return nil }
            guard let value = parts.count > 1 ? Self.decode(parts[1]) : "" else { return nil }
            fields.append((name, value))
        }
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The first value of `name`, trimmed; `nil` when absent or blank.
    public subscript(_ name: String) -> String? {
        let value = fields.first { $0.name == name }?.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// The first value of `name` as typed (a password is not trimmed).
    public func raw(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value of `name`.
    public func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }
}
