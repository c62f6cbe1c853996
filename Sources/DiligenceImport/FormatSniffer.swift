import DiligenceCore
import Foundation

/// Decides a file's format by its content: a zip container is Word; a page that declares or
/// opens `html` is HTML; `<?xml` or a first element that is not an HTML element is XML. The
/// extension only settles a markup fragment that could be either. The text is read in the
/// encoding its byte-order mark names (UTF-8, UTF-16 little- or big-endian), or that an XML
/// declaration's first bytes show without one; UTF-8 otherwise.
enum FormatSniffer {
    static let htmlElements: Set<String> = [
        "html", "head", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
        "section", "article", "main", "span", "meta", "title",
    ]
    /// Elements that only HTML has: the first of them after template tags or text makes a page.
    static let htmlOnlyElements: Set<String> = [
        "html", "head", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "li",
        "span", "meta", "style", "link", "script", "b", "i", "u", "strong", "em", "br", "td", "tr", "th",
        "center", "font", "blockquote", "hr", "tbody", "thead",
    ]

    /// HTML when a file that does not start with markup (an exported template: `{% extends %}`,
    /// a style block, text) has an HTML element among its first bytes, and no NUL byte (a binary).
    private static func exportedTemplate(_ lower: String) -> AgreementFormat? {
        guard !lower.contains("\0"), let open = lower.firstRange(of: "<") else { return nil }
        if lower[open.lowerBound...].hasPrefix("<!doctype html") { return .html }
        let name = lower[open.upperBound...].prefix { $0.isLetter || $0.isNumber }
        return htmlOnlyElements.contains(String(name)) ? .html : nil
    }

    /// The format of `data`, or `nil` when it is none of the three.
    static func format(of data: Data, fileName: String) -> AgreementFormat? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        // "%PDF-", possibly after a few bytes of junk, as readers allow.
        if data.prefix(1024).firstRange(of: Data("%PDF-".utf8)) != nil { return .pdf }
        let head = text(of: data.prefix(8192))
            .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(["\u{FEFF}"]))
        let lower = head.lowercased()
        guard lower.hasPrefix("<") else { return exportedTemplate(lower) }
        if lower.contains("<!doctype html") || lower.contains("<html") { return .html }
        if lower.hasPrefix("<?xml") { return .xml }
        let ext = (fileName as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" { return .html }
        if ext == "xml" { return .xml }
        let name = lower.dropFirst().prefix { $0.isLetter || $0.isNumber }
        return htmlElements.contains(String(name)) ? .html : .xml
    }

    /// The first bytes of a file as text, in the encoding they show.
    static func text(of head: Data) -> String {
        let bytes = [UInt8](head)
        func utf16(_ bigEndian: Bool, from start: Int) -> String {
            var units: [UInt16] = []
            units.reserveCapacity((bytes.count - start) / 2)
            var index = start
            while index + 1 < bytes.count {
                let (high, low) =
                    bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(false, from: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(true, from: 2) }
        // No mark: "<" as UTF-16 (XML 1.0 appendix F).
        if bytes.count >= 4, bytes[0] == 0x3C, bytes[1] == 0, bytes[3] == 0 { return utf16(false, from: 0) }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0x3C, bytes[2] == 0 { return utf16(true, from: 0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
