/// Where a paragraph of an agreement is in the file it came from: a line for XML and HTML, the
/// paragraph's position for `.docx` (Word files have no lines), a page and a line for PDF.
public enum AgreementLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A 1-based line of an XML or HTML file.
    case line(Int)
    /// A 1-based paragraph of a `.docx` document, counting every `w:p` of the body in order.
    case paragraph(Int)
    /// A 1-based page of a PDF and a 1-based line of that page's text.
    case page(Int, line: Int)

    /// "line 12", "paragraph 34" or "page 3, line 12", for procurement staff.
    public var description: String {
        switch self {
        case .line(let line): "line \(line)"
        case .paragraph(let index): "paragraph \(index)"
        case .page(let page, let line): "page \(page), line \(line)"
        }
    }
}
