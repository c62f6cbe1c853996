import CLibXML2
import DiligenceCore
import Foundation

/// Reads sections and paragraphs out of an XML file as a stream (libxml2's `xmlTextReader`),
/// without building the document's tree: the same rules as ``MarkupReader`` (a heading element
/// or a `heading`/`title` attribute starts a section; an element with text of its own is a
/// paragraph with the text of its descendants), in one pass and bounded memory per node.
///
/// Safety is the parser's: the reader runs with ``LibXML/xmlOptions`` (no network, no entity
/// substitution, no DTD loading) under the refusing entity loader; entity reference nodes are
/// skipped, so an entity is never expanded into the text, and attribute values are read from
/// their text children only.
///
/// Whether an element is a paragraph is known only at its end (text of its own may follow its
/// children), so what its children produced stays pending until then: the text of every element
/// goes into one byte buffer (each open element remembers where its text starts) and sections
/// and paragraphs into one list (each open element remembers where its output starts); an
/// element that turns out to be a paragraph or a heading replaces its children's output by its own.
/// Each paragraph left at the end becomes one `String`, tidied from its bytes (``TidyText``).
struct StreamingMarkupReader {
    var rules: MarkupReader

    /// What an open element is, decided from its name once per interned name.
    private enum Kind {
        case plain
        case heading
        case skipped
        case lineBreak
    }

    private struct Open {
        var kind: Kind
        var textStart: Int
        var outputStart: Int
        var line: Int
        var hasDirectText: Bool
    }

    /// A section or paragraph found, its text a range of the text buffer until the end, when each
    /// one left becomes one `String`.
    private enum Output {
        case heading(text: Range<Int>, line: Int)
        case attributeHeading(text: String, number: String?, line: Int)
        case paragraph(text: Range<Int>, line: Int)
    }

    /// Reads `data`; `nil` and the problems when libxml2 stops on an error.
    func read(_ data: Data, url: String) -> (AgreementDocument?, [LibXML.Problem]) {
        let (document, problems) = LibXML.collectingProblems { () -> AgreementDocument? in
            data.withUnsafeBytes { raw -> AgreementDocument? in
                guard let base = raw.bindMemory(to: CChar.self).baseAddress, raw.count > 0,
                    let reader = xmlReaderForMemory(
                        base, Int32(clamping: raw.count), url, nil, LibXML.xmlOptions)
                else { return nil }
                defer { xmlFreeTextReader(reader) }
                return walk(reader, size: raw.count)
            }
        }
        // A well-formedness error the reader went past still refuses the file.
        return (problems.contains(where: \.isFatal) ? nil : document, problems)
    }

    private func walk(_ reader: xmlTextReaderPtr, size: Int) -> AgreementDocument? {
        var kinds: [UnsafeRawPointer: Kind] = [:]
        var text: [UInt8] = []
        text.reserveCapacity(size)
        var output: [Output] = []
        var stack: [Open] = []
        var skipping = 0
        // Names are interned by the reader's dictionary; most elements repeat the one before.
        var lastName: UnsafeRawPointer?
        var lastKind = Kind.plain
        func kind(of name: UnsafePointer<xmlChar>) -> Kind {
            let key = UnsafeRawPointer(name)
            if key == lastName { return lastKind }
            lastName = key
            if let known = kinds[key] {
                lastKind = known
                return known
            }
            let local = String(cString: name).lowercased()
            let found: Kind =
                rules.skipped.contains(local)
                ? .skipped
                : rules.headings.contains(local)
                    ? .heading : rules.lineBreaks.contains(local) ? .lineBreak : .plain
            kinds[key] = found
            lastKind = found
            return found
        }
        func close() {
            let open = stack.removeLast()
            guard open.kind != .skipped else {
                skipping -= 1
                return
            }
            if open.kind == .heading || open.hasDirectText {
                let body = open.textStart..<text.count
                if open.outputStart < output.count { output.removeSubrange(open.outputStart...) }
                output.append(
                    open.kind == .heading
                        ? .heading(text: body, line: open.line) : .paragraph(text: body, line: open.line))
            }
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 { return nil }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                guard let name = xmlTextReaderConstLocalName(reader) else { continue }
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var elementKind = kind(of: name)
                if skipping > 0 { elementKind = .skipped }
                if elementKind == .lineBreak {
                    if skipping == 0 { text.append(0x0A) }
                    if !isEmpty {
                        stack.append(
                            Open(
                                kind: .plain, textStart: text.count, outputStart: output.count, line: 0,
                                hasDirectText: false))
                    }
                    continue
                }
                if elementKind == .skipped {
                    if !isEmpty {
                        skipping += 1
                        stack.append(
                            Open(kind: .skipped, textStart: 0, outputStart: 0, line: 0, hasDirectText: false))
                    }
                    continue
                }
                let node = xmlTextReaderCurrentNode(reader)
                let line = node.map(XMLNodes.line) ?? max(1, Int(xmlTextReaderGetParserLineNumber(reader)))
                if elementKind == .plain, let node, node.pointee.properties != nil,
                    let heading = rules.headingAttributes.lazy.compactMap({ XMLNodes.attribute(node, $0) })
                        .first
                {
                    let number = rules.numberAttributes.lazy.compactMap { XMLNodes.attribute(node, $0) }.first
                    output.append(.attributeHeading(text: heading, number: number, line: line))
                }
                let open = Open(
                    kind: elementKind, textStart: text.count, outputStart: output.count, line: line,
                    hasDirectText: false)
                stack.append(open)
                if isEmpty { close() }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                if !stack.isEmpty { close() }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                guard skipping == 0, let value = xmlTextReaderConstValue(reader) else { continue }
                let count = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
                let bytes = UnsafeBufferPointer(start: value, count: count)
                if !stack.isEmpty, !stack[stack.count - 1].hasDirectText,
                    bytes.contains(where: { !Self.isSpace($0) })
                {
                    stack[stack.count - 1].hasDirectText = true
                }
                text.append(contentsOf: bytes)
            default:
                continue
            }
        }
        var builder = DocumentBuilder()
        text.withUnsafeBufferPointer { buffer in
            for item in output {
                switch item {
                case .heading(let range, let line):
                    builder.heading(utf8: UnsafeBufferPointer(rebasing: buffer[range]), at: .line(line))
                case .attributeHeading(let text, let number, let line):
                    builder.heading(text, number: number, at: .line(line))
                case .paragraph(let range, let line):
                    builder.paragraph(utf8: UnsafeBufferPointer(rebasing: buffer[range]), at: .line(line))
                }
            }
        }
        return builder.build(.xml)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
