/// A field an expression reads, kept to explain a failed guard ("capacity_level = low").
public struct FieldReference: Hashable, Sendable {
    /// The field's dotted path as the guard wrote it.
    public let path: String
    /// The field's slot in the environment.
    public let slot: Int
}
