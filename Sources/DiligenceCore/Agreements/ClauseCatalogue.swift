/// The PSEA clauses a partner agreement must carry and how to recognise each, loaded from
/// `Assessments/agreement-clauses.yaml`.
public struct ClauseCatalogue: Hashable, Sendable {
    /// The catalogue's id.
    public var id: String
    /// Its version, raised when the recognition rules change.
    public var version: Int
    /// The languages its phrases are written in (ISO 639-1 codes).
    public var languages: [String]
    /// The clauses in catalogue order.
    public var clauses: [ClauseDefinition]
    /// How a negation cancels the duties of negatable elements.
    public var negation: ClauseNegation
    /// What binds a duty, for the phrases that count only as one.
    public var binding: ClauseBinding
    /// The SHA-256 of the file's text.
    public var hash: String
    /// The file it was loaded from.
    public var file: String
    /// The file's text, kept so a store can pin the catalogue its findings were made with.
    public var source: String

    /// Creates a catalogue.
    public init(
        id: String, version: Int, languages: [String], clauses: [ClauseDefinition],
        negation: ClauseNegation = .none, binding: ClauseBinding = .none, hash: String = "",
        file: String = "",
        source: String = ""
    ) {
        self.negation = negation
        self.binding = binding
        self.source = source
        self.id = id
        self.version = version
        self.languages = languages
        self.clauses = clauses
        self.hash = hash
        self.file = file
    }

    /// The clause with an id.
    public func clause(_ id: String) -> ClauseDefinition? { clauses.first { $0.id == id } }
}
