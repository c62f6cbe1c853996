/// A part of an agreement under one heading (the text before the first heading is a section
/// without one).
public struct AgreementSection: Hashable, Sendable, Codable {
    /// The heading's text without its number ("Prevention of sexual exploitation and abuse").
    public var heading: String?
    /// The heading's number when it has one ("12", "12.3", "IV", "Article 5").
    public var number: String?
    /// Where the heading is (the first paragraph's location for a section without one).
    public var location: AgreementLocation?
    /// The paragraphs in document order.
    public var paragraphs: [AgreementParagraph]

    /// Creates a section.
    public init(
        heading: String? = nil, number: String? = nil, location: AgreementLocation? = nil,
        paragraphs: [AgreementParagraph] = []
    ) {
        self.heading = heading
        self.number = number
        self.location = location
        self.paragraphs = paragraphs
    }
}
