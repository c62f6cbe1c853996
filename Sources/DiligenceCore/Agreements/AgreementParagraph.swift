/// One paragraph of an agreement: a block of text (a paragraph, a list item, a table cell) and
/// where it starts in the file.
public struct AgreementParagraph: Hashable, Sendable, Codable {
    /// The text as read from the file, with runs of white space collapsed to one space.
    public var text: String
    /// Where the paragraph starts.
    public var location: AgreementLocation

    /// Creates a paragraph.
    public init(text: String, location: AgreementLocation) {
        self.text = text
        self.location = location
    }
}
