/// One paragraph of an agreement: a block of text (a paragraph, a list item, a table cell) and
/// where it starts in the file.
public struct AgreementParagraph: Hashable, Sendable, Codable {
    /// The text as read from the file, with runs of white space collapsed to one space.
    public var text: String
    /// Where the paragraph starts.
    public var location: AgreementLocation
    /// The paragraph's own number when it has one ("4", "14.4", "b"): a list item's place in its
    /// list, or the numbering its text starts with.
    public var number: String?
    /// The OCR engine's mean confidence in the paragraph's words (0-100) when it was read from a
    /// scan; `nil` for text the file carried.
    public var ocrConfidence: Double?

    /// Creates a paragraph.
    public init(
        text: String, location: AgreementLocation, number: String? = nil, ocrConfidence: Double? = nil
    ) {
        self.text = text
        self.location = location
        self.number = number
        self.ocrConfidence = ocrConfidence
    }
}
