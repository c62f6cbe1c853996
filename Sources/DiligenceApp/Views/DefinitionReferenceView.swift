public import DiligenceCore

/// A definition file by id, version and content hash, as a record pinned to it names it: the
/// questionnaire an assessment is answered against, the clause catalogue an agreement was read with.
public struct DefinitionReferenceView: Sendable, Hashable, Codable {
    /// The file's id (`psea-common`, `un-psea-clauses`), its version and the SHA-256 of its text.
    public var id: String, version: Int, hash: String

    /// The view of a questionnaire reference.
    public init(_ reference: QuestionnaireReference) {
        (id, version, hash) = (reference.id, reference.version, reference.hash)
    }

    /// The view of a clause catalogue reference.
    public init(_ reference: CatalogueReference) {
        (id, version, hash) = (reference.id, reference.version, reference.hash)
    }
}
