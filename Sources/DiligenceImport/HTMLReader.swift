import CLibXML2
import DiligenceCore
import Foundation

/// Reads an HTML page, fragment or exported template as a browser lays it out: every block
/// element (`div`, `p`, `li`, a table cell...) is a paragraph of its own, and the text between
/// blocks (inline text and elements such as `b`, `u`, `span`) is a paragraph too. A heading is an
/// `h1`-`h6`, or a short block whose text is all bold (`<div><b>ARTICLE XIV</b></div>`), as agency
/// templates write them. An item of an ordered list carries its number (`4`, nested `4.2`, or a
/// letter for `type="a"`), and template tags (`{% ... %}`, `{# ... #}`) are not text.
struct HTMLReader {
    static let skipped: Set<String> = ["head", "script", "style", "noscript", "template", "title"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "html", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "ul", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    static let bold: Set<String> = ["b", "strong"]

    private var builder = DocumentBuilder()

    /// The document's sections and paragraphs.
    static func read(_ document: xmlDocPtr) -> AgreementDocument {
        var reader = HTMLReader()
        var node = document.pointee.children
        while let current = node {
            if XMLNodes.isElement(current) { reader.block(current, number: nil, prefix: nil) }
            node = current.pointee.next
        }
        return reader.builder.build(.html)
    }

    /// Inline content gathered between blocks.
    private struct Run {
        var text = ""
        var line: Int?
        /// False once text outside a `b`/`strong` is met.
        var allBold = true
        /// A bold lead the run starts with ("LEGAL STATUS:") and where the text after it starts.
        var lead: (text: String, end: String.Index)?

        var isEmpty: Bool { TemplateTags.strip(text).allSatisfy(\.isWhitespace) }
    }

    /// Reads a block: `number` is its own (a list item's), `prefix` the number of the item it is in.
    private mutating func block(_ node: xmlNodePtr, number: String?, prefix: String?) {
        let name = XMLNodes.localName(node)
        if Self.skipped.contains(name) { return }
        if Self.headings.contains(name) {
            builder.heading(
                TemplateTags.strip(XMLNodes.text(node, lineBreak: ["br"], skipped: Self.skipped)),
                at: .line(XMLNodes.line(node)))
            return
        }
        var run = Run()
        var runs = 0
        var pendingNumber = number
        var itemIndex = listStart(node, name)
        func flush(_ reader: inout HTMLReader, isWhole: Bool) {
            defer { run = Run() }
            guard !run.isEmpty else { return }
            runs += 1
            let text = TemplateTags.strip(run.text)
            let location = AgreementLocation.line(run.line ?? XMLNodes.line(node))
            let tidied = TidyText.string(text, breaksAsSpaces: true)
            if isWhole, run.allBold, tidied.count <= 120 {
                reader.builder.heading(Self.withoutColon(tidied), number: pendingNumber, at: location)
            } else if let lead = run.lead, Self.isRunInHeading(lead.text),
                !TemplateTags.strip(String(run.text[lead.end...])).allSatisfy(\.isWhitespace)
            {
                // A run-in heading: "<li><b>LEGAL STATUS:</b> IP shall be ...</li>".
                let heading = TidyText.string(lead.text, breaksAsSpaces: true)
                reader.builder.heading(Self.withoutColon(heading), number: pendingNumber, at: location)
                reader.builder.paragraph(
                    TemplateTags.strip(String(run.text[lead.end...])), number: pendingNumber, at: location)
            } else {
                reader.builder.paragraph(text, number: pendingNumber, at: location)
            }
            pendingNumber = nil
        }
        let children = XMLNodes.children(node)
        let hasBlocks = children.contains {
            XMLNodes.isElement($0) && Self.blocks.contains(XMLNodes.localName($0))
        }
        for child in children {
            if XMLNodes.isText(child) {
                let text = XMLNodes.ownText(child)
                if run.line == nil, !TemplateTags.strip(text).allSatisfy(\.isWhitespace) {
                    run.line = Self.firstLine(of: child, text)
                    run.allBold = false
                } else if !TemplateTags.strip(text).allSatisfy(\.isWhitespace) {
                    run.allBold = false
                }
                run.text += text
            } else if XMLNodes.isElement(child) {
                let childName = XMLNodes.localName(child)
                if Self.skipped.contains(childName) { continue }
                if childName == "br" {
                    run.text += "\n"
                } else if Self.blocks.contains(childName) {
                    flush(&self, isWhole: false)
                    var childNumber: String?
                    if childName == "li", let index = itemIndex {
                        let label = Self.itemLabel(index, type: XMLNodes.attribute(node, "type"))
                        childNumber = prefix.map { $0 + "." + label } ?? label
                        itemIndex = index + 1
                    }
                    block(child, number: childNumber, prefix: childNumber ?? prefix)
                } else {
                    let text = XMLNodes.text(child, lineBreak: ["br"], skipped: Self.skipped)
                    let isFirst = run.line == nil
                    if !TemplateTags.strip(text).allSatisfy(\.isWhitespace) {
                        if run.line == nil { run.line = XMLNodes.line(child) }
                        if !Self.bold.contains(childName) { run.allBold = false }
                    }
                    run.text += text
                    if isFirst, run.line != nil, Self.bold.contains(childName) {
                        run.lead = (text, run.text.endIndex)
                    }
                }
            }
        }
        flush(&self, isWhole: !hasBlocks && runs == 0)
    }

    /// True for a bold lead that heads what follows: short, ending with ":" or ".".
    static func isRunInHeading(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count <= 100 && (trimmed.hasSuffix(":") || trimmed.hasSuffix("."))
            && trimmed.contains { $0.isLetter }
    }

    /// A heading without the colon it ends with.
    static func withoutColon(_ text: String) -> String {
        text.hasSuffix(":") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
    }

    /// The number of an ordered list's first item (its `start`, 1 by default); `nil` for any other
    /// element.
    private func listStart(_ node: xmlNodePtr, _ name: String) -> Int? {
        guard name == "ol" else { return nil }
        return XMLNodes.attribute(node, "start").flatMap { Int($0) } ?? 1
    }

    /// An item's label: `4`, or `d` for `type="a"`, `D` for `type="A"`, `iv` for `type="i"`.
    static func itemLabel(_ index: Int, type: String?) -> String {
        switch type {
        case "a", "A":
            guard (1...26).contains(index) else { return String(index) }
            let letter = String(UnicodeScalar(UInt8(96 + index)))
            return type == "A" ? letter.uppercased() : letter
        case "i", "I":
            let roman = Self.roman(index)
            return type == "I" ? roman.uppercased() : roman
        default:
            return String(index)
        }
    }

    /// `index` in lowercase roman numerals (`iv`); the digits beyond 3999.
    static func roman(_ index: Int) -> String {
        guard (1...3999).contains(index) else { return String(index) }
        let values: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var rest = index
        var result = ""
        for (value, letters) in values {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }

    /// The line a text node's first words are on: libxml2 records the line where the text ends.
    static func firstLine(of node: xmlNodePtr, _ text: String) -> Int {
        let breaks = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let leading = text.utf8.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            .reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return max(1, XMLNodes.line(node) - breaks + leading)
    }
}
