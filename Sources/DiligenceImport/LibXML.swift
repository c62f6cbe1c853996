import CLibXML2
import Foundation

/// libxml2 set up once for untrusted input, and the two parsers the importer uses.
///
/// Options: `XML_PARSE_NONET` (no network), never `XML_PARSE_NOENT` (entities are not
/// substituted), never `XML_PARSE_DTDLOAD`/`DTDATTR`/`DTDVALID` (no external DTD), never
/// `XML_PARSE_HUGE` (libxml2's own limits on entity amplification stay on). The external entity
/// loader is replaced, once for the process, by one that refuses every resource, so nothing
/// outside the bytes given is ever read. Errors are collected per parse through libxml2's
/// per-thread structured error handler, set just before and cleared just after each parse on
/// the same thread; nothing is printed.
enum LibXML {
    /// `xmlInitParser()` and the refusing entity loader, run once.
    private static let initialized: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
        return true
    }()

    /// The options for XML: no network, big line numbers; nothing that loads or substitutes.
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
    /// The options for HTML: no network, recover from the usual HTML sloppiness.
    static let htmlOptions = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue)

    /// A problem libxml2 reported: its code, message, line and column.
    struct Problem {
        var code: Int32
        var message: String
        var line: Int
        var column: Int
        var isFatal: Bool
    }

    /// Collects the problems of one parse.
    final class Problems {
        var all: [Problem] = []
    }

    /// Parses `data` as XML and hands the tree to `body`; the tree is freed afterwards.
    static func withXMLDocument<T>(
        _ data: Data, url: String, _ body: (xmlDocPtr) throws(ImportError) -> T
    ) throws(ImportError) -> (T?, [Problem]) {
        try parse(data, body) { bytes, count in
            guard let context = xmlNewParserCtxt() else { return (nil, 0) }
            defer { xmlFreeParserCtxt(context) }
            let document = xmlCtxtReadMemory(context, bytes, count, url, nil, xmlOptions)
            return (document, context.pointee.wellFormed)
        }
    }

    /// Parses `data` as HTML and hands the tree to `body`; the tree is freed afterwards. A page
    /// that names no character set and has no byte-order mark is read as UTF-8 when it is valid
    /// UTF-8 (libxml2 would read it as Latin-1, and "résilier" would not be found).
    static func withHTMLDocument<T>(
        _ data: Data, url: String, _ body: (xmlDocPtr) throws(ImportError) -> T
    ) throws(ImportError) -> (T?, [Problem]) {
        let encoding: String? = isUndeclaredUTF8(data) ? "UTF-8" : nil
        return try parse(data, body) { bytes, count in
            guard let context = htmlNewParserCtxt() else { return (nil, 0) }
            defer { htmlFreeParserCtxt(context) }
            let document = htmlCtxtReadMemory(context, bytes, count, url, encoding, htmlOptions)
            return (document, 1)
        }
    }

    /// True for a page with bytes beyond ASCII, no byte-order mark, no `charset` or `encoding`
    /// in its first kilobytes, and valid UTF-8 throughout.
    static func isUndeclaredUTF8(_ data: Data) -> Bool {
        guard data.contains(where: { $0 >= 0x80 }), !data.starts(with: [0xFF, 0xFE]),
            !data.starts(with: [0xFE, 0xFF])
        else { return false }
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard !head.contains("charset"), !head.contains("encoding=") else { return false }
        return String(validating: data, as: UTF8.self) != nil
    }

    private static func parse<T>(
        _ data: Data, _ body: (xmlDocPtr) throws(ImportError) -> T,
        _ read: (UnsafePointer<CChar>, Int32) -> (xmlDocPtr?, Int32)
    ) throws(ImportError) -> (T?, [Problem]) {
        let (parsed, problems) = collectingProblems { () -> (xmlDocPtr?, Int32) in
            data.withUnsafeBytes { raw in
                guard let base = raw.bindMemory(to: CChar.self).baseAddress, raw.count > 0 else {
                    return (nil, 0)
                }
                return read(base, Int32(clamping: raw.count))
            }
        }
        guard let document = parsed.0 else { return (nil, problems) }
        defer { xmlFreeDoc(document) }
        guard parsed.1 != 0 else { return (nil, problems) }
        return (try body(document), problems)
    }

    /// Runs `body` (a parse) with libxml2 set up and its problems collected through the
    /// per-thread structured error handler, installed just before and removed just after.
    static func collectingProblems<T>(_ body: () -> T) -> (T, [Problem]) {
        _ = initialized
        let problems = Problems()
        let unmanaged = Unmanaged.passRetained(problems)
        xmlSetStructuredErrorFunc(unmanaged.toOpaque()) { context, error in
            guard let context, let error else { return }
            let problems = Unmanaged<Problems>.fromOpaque(context).takeUnretainedValue()
            guard problems.all.count < 100 else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            problems.all.append(
                Problem(
                    code: error.pointee.code,
                    message: message.trimmingCharacters(in: .whitespacesAndNewlines),
                    line: Int(error.pointee.line), column: Int(error.pointee.int2),
                    isFatal: error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue))
        }
        defer {
            xmlSetStructuredErrorFunc(nil, nil)
            unmanaged.release()
        }
        let result = body()
        return (result, problems.all)
    }

    /// True when libxml2's code says entities loop or expand beyond its limits.
    static func isEntityExpansion(_ code: Int32) -> Bool {
        code == Int32(XML_ERR_ENTITY_LOOP.rawValue)
            || code == Int32(XML_ERR_ENTITY_PE_INTERNAL.rawValue)
            || code == Int32(XML_ERR_ENTITY_BOUNDARY.rawValue)
    }
}
