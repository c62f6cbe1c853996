/// A kind of document that may support a partner's answers under a core standard.
public struct EvidenceType: Hashable, Sendable {
    /// The evidence type's id, unique in its standard (`code_of_conduct`).
    public var id: String
    /// A label for people ("Code of conduct").
    public var label: String
    /// Whether the partner must describe the evidence when attaching it ("Other" types).
    public var requiresDescription: Bool

    /// Creates an evidence type.
    public init(id: String, label: String, requiresDescription: Bool = false) {
        self.id = id
        self.label = label
        self.requiresDescription = requiresDescription
    }
}
