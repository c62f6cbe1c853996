import CLibXML2
import DiligenceCore
import Foundation

/// Reads sections and paragraphs out of an XML file as a stream, with libxml2's SAX2 parser and
/// without building the document's tree: the same rules as ``MarkupReader`` (a heading element
/// or a `heading`/`title` attribute starts a section; an element with text of its own is a
/// paragraph with the text of its descendants), in one pass, the bytes handed to libxml2 as it
/// asks for them (from memory or straight from the file, never all of it at once).
///
/// Safety is the parser's: it runs with ``LibXML/xmlOptions`` (no network, no entity
/// substitution, no DTD loading) under the refusing entity loader, with libxml2's own SAX2
/// handlers for everything but elements, text, entity references, comments and processing
/// instructions. An entity reference in the document gives no text (it is never expanded).
/// When libxml2 checks an entity's content (its own parse, under a context of its own) the
/// callbacks hand that parse to the SAX2 handlers, so the entity is checked and bounded exactly
/// as when a tree is built, and none of its text reaches the agreement. Attribute values are
/// read as the tree would hold them (their text, without entity references).
///
/// Whether an element is a paragraph is known only at its end (text of its own may follow its
/// children), so what its children produced stays pending until then: the text of every element
/// goes into one byte buffer (each open element remembers where its text starts) and sections
/// and paragraphs into one list (each open element remembers where its output starts); an
/// element that turns out to be a paragraph or a heading replaces its children's output by its own.
/// Each paragraph left at the end becomes one `String`, tidied from its bytes (``TidyText``).
struct StreamingMarkupReader {
    var rules: MarkupReader

    /// Reads `data`; `nil` and the problems when libxml2 stops on an error.
    func read(_ data: Data, url: String) -> (AgreementDocument?, [LibXML.Problem]) {
        var offset = 0
        return read(url: url) { buffer in
            let count = min(buffer.count, data.count - offset)
            data.copyBytes(
                to: UnsafeMutableBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self).prefix(count)),
                from: (data.startIndex + offset)..<(data.startIndex + offset + count))
            offset += count
            return count
        }
    }

    /// The source of one read: fills the buffer it is given and returns the number of bytes (0 at
    /// the end, `nil` when the source cannot be read further).
    private struct Source {
        var next: (UnsafeMutableRawBufferPointer) -> Int?
    }

    /// Reads what `next` gives as libxml2 asks for it (a few kilobytes at a time, so the file is
    /// never held whole). `nil` and the problems when libxml2 stops on an error or the source fails.
    func read(
        url: String, _ next: (UnsafeMutableRawBufferPointer) -> Int?
    ) -> (AgreementDocument?, [LibXML.Problem]) {
        let (document, problems) = LibXML.collectingProblems { () -> AgreementDocument? in
            withoutActuallyEscaping(next) { next in
                var source = Source(next: next)
                return withUnsafeMutablePointer(to: &source) { source in parse(url: url, source) }
            }
        }
        // A well-formedness error the parser went past still refuses the file.
        return (problems.contains(where: \.isFatal) ? nil : document, problems)
    }

    private func parse(url: String, _ source: UnsafeMutablePointer<Source>) -> AgreementDocument? {
        guard
            let context = xmlCreateIOParserCtxt(
                nil, nil,
                { source, buffer, length in
                    guard let source, let buffer, length > 0 else { return 0 }
                    let next = source.assumingMemoryBound(to: Source.self).pointee.next
                    guard let count = next(UnsafeMutableRawBufferPointer(start: buffer, count: Int(length)))
                    else {
                        return -1
                    }
                    return Int32(count)
                }, nil, source, XML_CHAR_ENCODING_NONE)
        else { return nil }
        defer {
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
            xmlFreeParserCtxt(context)
        }
        if let input = context.pointee.input, input.pointee.filename == nil {
            input.pointee.filename = xmlCharStrdup(url).map {
                UnsafePointer(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
        }
        _ = xmlCtxtUseOptions(context, LibXML.xmlOptions)
        SAXWalker.install(on: context.pointee.sax)
        let walker = UnsafeMutablePointer<SAXWalker>.allocate(capacity: 1)
        walker.initialize(to: SAXWalker(rules: rules, context: context))
        defer { walker.deinitialize(count: 1).deallocate() }
        context.pointee._private = UnsafeMutableRawPointer(walker)
        defer { context.pointee._private = nil }
        guard xmlParseDocument(context) == 0, context.pointee.wellFormed != 0 else { return nil }
        return walker.pointee.document()
    }
}

/// The state of one streamed read, reached from the parser context's `_private` in each callback.
struct SAXWalker {
    /// What an open element is, decided from its name once per interned name.
    enum Kind {
        case plain
        case heading
        case skipped
        case lineBreak
    }

    struct Open {
        var kind: Kind
        var textStart: Int
        var outputStart: Int
        var line: Int
        var hasDirectText: Bool
    }

    /// A section or paragraph found, its text a range of the text buffer until the end, when each
    /// one left becomes one `String`.
    enum Output {
        case heading(text: Range<Int>, line: Int)
        case attributeHeading(text: String, number: String?, line: Int)
        case paragraph(text: Range<Int>, line: Int)
    }

    let rules: MarkupReader
    /// The document's own parse; any other context is libxml2 checking an entity's content.
    let context: xmlParserCtxtPtr
    var kinds: [UnsafeRawPointer: Kind] = [:]
    // Names are interned by the parser's dictionary; most elements repeat the one before.
    var lastName: UnsafeRawPointer?
    var lastKind = Kind.plain
    var text: [UInt8] = []
    var output: [Output] = []
    var stack: [Open] = []
    var skipping = 0

    init(rules: MarkupReader, context: xmlParserCtxtPtr) {
        self.rules = rules
        self.context = context
    }

    /// The walker of the document's own parse behind `context`, or `nil` for an entity's.
    static func walker(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXWalker>? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let state = parser.pointee._private?.assumingMemoryBound(to: SAXWalker.self),
            state.pointee.context == parser
        else { return nil }
        return state
    }

    /// libxml2's SAX2 handlers, with elements, text, references, comments and processing
    /// instructions taken over for the document's own parse.
    static func install(on handler: UnsafeMutablePointer<xmlSAXHandler>?) {
        guard let handler else { return }
        handler.pointee.startElementNs = {
            context, name, prefix, uri, namespaces, spaces, count, defaulted, attributes in
            guard let walker = SAXWalker.walker(context) else {
                xmlSAX2StartElementNs(
                    context, name, prefix, uri, namespaces, spaces, count, defaulted, attributes)
                return
            }
            guard let name else { return }
            walker.pointee.start(name, attributes: attributes, count: Int(count))
        }
        handler.pointee.endElementNs = { context, name, prefix, uri in
            guard let walker = SAXWalker.walker(context) else {
                xmlSAX2EndElementNs(context, name, prefix, uri)
                return
            }
            walker.pointee.end()
        }
        let characters: charactersSAXFunc = { context, bytes, count in
            guard let walker = SAXWalker.walker(context) else {
                xmlSAX2Characters(context, bytes, count)
                return
            }
            guard let bytes, count > 0 else { return }
            walker.pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        handler.pointee.characters = characters
        handler.pointee.ignorableWhitespace = characters
        handler.pointee.cdataBlock = { context, bytes, count in
            guard let walker = SAXWalker.walker(context) else {
                xmlSAX2CDataBlock(context, bytes, count)
                return
            }
            guard let bytes, count > 0 else { return }
            walker.pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        // An entity reference gives no text; comments and processing instructions neither.
        handler.pointee.reference = { context, name in
            if SAXWalker.walker(context) == nil { xmlSAX2Reference(context, name) }
        }
        handler.pointee.comment = { context, value in
            if SAXWalker.walker(context) == nil { xmlSAX2Comment(context, value) }
        }
        handler.pointee.processingInstruction = { context, target, data in
            if SAXWalker.walker(context) == nil { xmlSAX2ProcessingInstruction(context, target, data) }
        }
    }

    mutating func kind(of name: UnsafePointer<xmlChar>) -> Kind {
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

    mutating func start(
        _ name: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int
    ) {
        var elementKind = kind(of: name)
        if skipping > 0 { elementKind = .skipped }
        switch elementKind {
        case .lineBreak:
            if skipping == 0 { text.append(0x0A) }
            stack.append(
                Open(
                    kind: .plain, textStart: text.count, outputStart: output.count, line: 0,
                    hasDirectText: false))
            return
        case .skipped:
            skipping += 1
            stack.append(Open(kind: .skipped, textStart: 0, outputStart: 0, line: 0, hasDirectText: false))
            return
        case .plain, .heading:
            break
        }
        let line = max(1, Int(context.pointee.input?.pointee.line ?? 1))
        if elementKind == .plain, count > 0, let attributes,
            let heading = firstAttribute(rules.headingAttributes, attributes, count)
        {
            let number = firstAttribute(rules.numberAttributes, attributes, count)
            output.append(.attributeHeading(text: heading, number: number, line: line))
        }
        stack.append(
            Open(
                kind: elementKind, textStart: text.count, outputStart: output.count, line: line,
                hasDirectText: false))
    }

    mutating func end() {
        guard !stack.isEmpty else { return }
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

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skipping == 0 else { return }
        if !stack.isEmpty, !stack[stack.count - 1].hasDirectText, bytes.contains(where: { !Self.isSpace($0) })
        {
            stack[stack.count - 1].hasDirectText = true
        }
        text.append(contentsOf: bytes)
    }

    /// The value of the first of `names` the element carries.
    func firstAttribute(
        _ names: [String], _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, _ count: Int
    ) -> String? {
        for name in names {
            if let value = attribute(name, attributes, count) { return value }
        }
        return nil
    }

    /// The value of the first attribute named `name` (any namespace, any case), as the tree
    /// would hold it: its text, entity references giving nothing.
    func attribute(
        _ name: String, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, _ count: Int
    ) -> String? {
        // Five pointers per attribute: local name, prefix, namespace, value start, value end.
        for index in 0..<count {
            guard let local = attributes[index * 5], String(cString: local).lowercased() == name,
                let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4]
            else { continue }
            let length = end - start
            guard let nodes = xmlStringLenGetNodeList(context.pointee.myDoc, start, Int32(clamping: length))
            else {
                return ""
            }
            defer { xmlFreeNodeList(nodes) }
            var value = ""
            var node: xmlNodePtr? = nodes
            while let current = node {
                if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                    value += String(cString: content)
                }
                node = current.pointee.next
            }
            return value
        }
        return nil
    }

    /// The document: one `String` per section heading and paragraph left.
    func document() -> AgreementDocument {
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
