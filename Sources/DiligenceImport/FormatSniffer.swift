import DiligenceCore
import Foundation

/// Decides a file's format by its content: a zip container is Word; a page that declares or
/// opens `html` is HTML; `<?xml` or a first element that is not an HTML element is XML. The
/// extension only settles a markup fragment that could be either.
enum FormatSniffer {
    static let htmlElements: Set<String> = [
        "html", "head", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
        "section", "article", "main", "span", "meta", "title",
    ]

    /// The format of `data`, or `nil` when it is none of the three.
    static func format(of data: Data, fileName: String) -> AgreementFormat? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
            .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(["\u{FEFF}"]))
        let lower = head.lowercased()
        guard lower.hasPrefix("<") else { return nil }
        if lower.contains("<!doctype html") || lower.contains("<html") { return .html }
        if lower.hasPrefix("<?xml") { return .xml }
        let ext = (fileName as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" { return .html }
        if ext == "xml" { return .xml }
        let name = lower.dropFirst().prefix { $0.isLetter || $0.isNumber }
        return htmlElements.contains(String(name)) ? .html : .xml
    }
}
