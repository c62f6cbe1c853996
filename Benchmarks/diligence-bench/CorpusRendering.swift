import Foundation

/// A form a corpus document is read in: as it is, or printed to PDF, or printed and scanned.
struct CorpusRendering: Sendable {
    /// `original`, `pdf` or `scan`.
    var name: String
    /// Makes the file to import from the corpus file (in `scratch`), or returns the corpus file.
    var render: @Sendable (_ source: URL, _ scratch: URL) throws -> URL

    /// The corpus file as it is.
    static let original = CorpusRendering(name: "original") { source, _ in source }
}
