public import DiligenceCore

/// A version of an agreement as `agreement import` and `agreement show` write it: the file, the
/// clause catalogue it was read with, who imported it when, and its mandatory clauses counted by
/// finding.
public struct AgreementVersionView: Sendable, Hashable, Codable {
    /// `1`, `2`, ... in the order imported.
    public var number: Int
    /// The file's name.
    public var file: String
    /// How it was read (`docx`, `pdf`, ...).
    public var format: String
    /// SHA-256 of the file.
    public var contentHash: String
    /// The clause catalogue it was read with.
    public var catalogue: DefinitionReferenceView
    /// When it was imported, as the record keeps it.
    public var importedAt: String
    /// Who imported it.
    public var importedBy: String
    /// Its mandatory clauses present, partial and absent: every finding written, 0 included.
    public var mandatory: [String: Int]

    /// The view of a version.
    public init(_ version: AgreementVersion) {
        number = version.number
        file = version.fileName
        format = version.format.rawValue
        contentHash = version.contentHash
        catalogue = DefinitionReferenceView(version.catalogue)
        importedAt = version.importedAt
        importedBy = version.importedBy
        mandatory = Dictionary(
            uniqueKeysWithValues: ClauseStatus.allCases.map { status in
                (status.rawValue, version.findings.filter { $0.mandatory && $0.status == status }.count)
            })
    }

    enum CodingKeys: String, CodingKey {
        case number, file, format
        case contentHash = "content_hash"
        case catalogue
        case importedAt = "imported_at"
        case importedBy = "imported_by"
        case mandatory
    }
}
