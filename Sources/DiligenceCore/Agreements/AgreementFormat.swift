/// The file formats a partner agreement arrives in.
public enum AgreementFormat: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Any well-formed XML export.
    case xml
    /// An HTML page or template.
    case html
    /// A Word `.docx` document.
    case docx
    /// A PDF, with a text layer or scanned (read by OCR).
    case pdf

    /// The name used on the command line and in messages (`xml`, `html`, `docx`).
    public var description: String { rawValue }
}
