/// One imported version of an agreement: the file it came from, the hash of its normalised text,
/// who imported it when, the catalogue the findings were made with, and the findings.
public struct AgreementVersion: Hashable, Sendable {
    /// 1 for the first import, then 2, 3, ...
    public var number: Int
    /// The imported file's name (without its folder).
    public var fileName: String
    /// The format it was read as.
    public var format: AgreementFormat
    /// The SHA-256 of the normalised document (``AgreementDocument/contentHash``).
    public var contentHash: String
    /// The clause catalogue the findings were made with (id, version and hash).
    public var catalogue: CatalogueReference
    /// When it was imported, as the store writes instants (`2026-11-23T09:15:02.120Z`).
    public var importedAt: String
    /// Who imported it.
    public var importedBy: String
    /// One finding per clause of the catalogue, in catalogue order.
    public var findings: [ClauseFinding]

    /// Creates a version.
    public init(
        number: Int, fileName: String, format: AgreementFormat, contentHash: String,
        catalogue: CatalogueReference, importedAt: String, importedBy: String, findings: [ClauseFinding]
    ) {
        self.number = number
        self.fileName = fileName
        self.format = format
        self.contentHash = contentHash
        self.catalogue = catalogue
        self.importedAt = importedAt
        self.importedBy = importedBy
        self.findings = findings
    }

    /// The finding on a clause.
    public func finding(_ clause: String) -> ClauseFinding? { findings.first { $0.clause == clause } }
}

/// The clause catalogue a version's findings were made with.
public struct CatalogueReference: Hashable, Sendable {
    /// The catalogue's id (`psea-clauses`).
    public var id: String
    /// Its version number.
    public var version: Int
    /// The SHA-256 of its file's text.
    public var hash: String

    /// Creates a reference.
    public init(id: String, version: Int, hash: String) {
        self.id = id
        self.version = version
        self.hash = hash
    }

    /// The reference to a loaded catalogue.
    public init(_ catalogue: ClauseCatalogue) {
        self.init(id: catalogue.id, version: catalogue.version, hash: catalogue.hash)
    }
}
