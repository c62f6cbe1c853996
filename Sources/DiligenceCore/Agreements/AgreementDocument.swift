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
