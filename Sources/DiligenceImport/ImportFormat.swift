public import DiligenceCore

/// The format asked for on import: one of the agreement formats, or `auto` to decide by content.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// Decide by the file's content (and its extension only where the content leaves a doubt).
    case auto
    /// XML.
    case xml
    /// HTML.
    case html
    /// Word `.docx`.
    case docx
    /// PDF (a scan is read by OCR).
    case pdf

    /// The agreement format, `nil` for ``auto``.
    public var agreementFormat: AgreementFormat? { AgreementFormat(rawValue: rawValue) }
}
