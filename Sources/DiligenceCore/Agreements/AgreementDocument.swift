/// A partner agreement read from a file and normalized: ordered sections of paragraphs, whatever
/// the format it came in.
public struct AgreementDocument: Hashable, Sendable, Codable {
    /// The format the file was read as.
    public var format: AgreementFormat
    /// The sections in document order.
    public var sections: [AgreementSection]

    /// Creates a document.
    public init(format: AgreementFormat, sections: [AgreementSection]) {
        self.format = format
        self.sections = sections
    }

    /// Every paragraph in document order.
    public var paragraphs: [AgreementParagraph] { sections.flatMap(\.paragraphs) }
}

extension AgreementDocument {
    /// The SHA-256 of the normalised text: each section's number and heading, then its
    /// paragraphs, one per line. Locations and the format are left out, so the same text saved
    /// as XML or as Word has the same hash.
    public var contentHash: String {
        var text = ""
        for section in sections {
            text += "# " + [section.number, section.heading].compactMap { $0 }.joined(separator: " ") + "\n"
            for paragraph in section.paragraphs { text += paragraph.text + "\n" }
        }
        return ContentHash.sha256(text)
    }
}
