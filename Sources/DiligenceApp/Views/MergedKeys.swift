/// A view written as one JSON object from two parts, the keys of each side by side (a partner's
/// page beside its summary, a category's share beside the category).
enum MergedKeys {
    /// Both parts, read from the same object.
    static func decode<First: Decodable, Second: Decodable>(from decoder: any Decoder) throws -> (
        First, Second
    ) {
        (try First(from: decoder), try Second(from: decoder))
    }

    /// Writes both parts' keys into one object.
    static func encode(_ first: some Encodable, _ second: some Encodable, to encoder: any Encoder) throws {
        try first.encode(to: encoder)
        try second.encode(to: encoder)
    }
}
