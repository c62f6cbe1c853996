/// Where a paragraph of an agreement is in the file it came from: a line for XML and HTML, the
/// paragraph's position for `.docx` (Word files have no lines).
public enum AgreementLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A 1-based line of an XML or HTML file.
    case line(Int)
    /// A 1-based paragraph of a `.docx` document, counting every `w:p` of the body in order.
    case paragraph(Int)

    /// "line 12" or "paragraph 34", for procurement staff.
    public var description: String {
        switch self {
        case .line(let line): "line \(line)"
        case .paragraph(let index): "paragraph \(index)"
        }
    }
}
