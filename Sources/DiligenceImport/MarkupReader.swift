import CLibXML2
import DiligenceCore

/// Reads sections and paragraphs out of an XML or HTML tree, generically: a heading element (or
/// an element with a `heading`/`title` attribute) starts a section; an element with text of its
/// own is a paragraph (with the text of its inline children); other elements are walked into.
struct MarkupReader {
    /// Element names (lowercased, without prefix) whose text is a heading.
    var headings: Set<String>
    /// Elements whose content is never text of the agreement.
    var skipped: Set<String>
    /// Elements that break a line inside a paragraph.
    var lineBreaks: Set<String>
    /// Attributes that give a heading to the element that carries them.
    var headingAttributes = ["heading", "title"]
    /// Attributes that give the number of such a heading.
    var numberAttributes = ["number", "num", "no", "n"]

    /// For any XML: `title`, `heading`, `head`, `h1`-`h6`, `caption`-less.
    static let xml = MarkupReader(
        headings: ["title", "heading", "head", "h1", "h2", "h3", "h4", "h5", "h6"],
        skipped: ["script", "style"], lineBreaks: ["br"])
    /// For HTML: `h1`-`h6`; nothing from `head`, scripts or styles.
    static let html = MarkupReader(
        headings: ["h1", "h2", "h3", "h4", "h5", "h6"],
        skipped: ["head", "script", "style", "noscript", "template", "title"], lineBreaks: ["br"])

    /// The document's sections and paragraphs.
    func read(_ document: xmlDocPtr, format: AgreementFormat) -> AgreementDocument {
        var builder = DocumentBuilder()
        var node = document.pointee.children
        while let current = node {
            if XMLNodes.isElement(current) { visit(current, into: &builder) }
            node = current.pointee.next
        }
        return builder.build(format)
    }

    private func visit(_ node: xmlNodePtr, into builder: inout DocumentBuilder) {
        let name = XMLNodes.localName(node)
        if skipped.contains(name) { return }
        let location = AgreementLocation.line(XMLNodes.line(node))
        if headings.contains(name) {
            builder.heading(XMLNodes.text(node, lineBreak: lineBreaks, skipped: skipped), at: location)
            return
        }
        if let heading = headingAttributes.lazy.compactMap({ XMLNodes.attribute(node, $0) }).first {
            let number = numberAttributes.lazy.compactMap { XMLNodes.attribute(node, $0) }.first
            builder.heading(heading, number: number, at: location)
        }
        if XMLNodes.hasDirectText(node) {
            builder.paragraph(XMLNodes.text(node, lineBreak: lineBreaks, skipped: skipped), at: location)
            return
        }
        for child in XMLNodes.children(node) where XMLNodes.isElement(child) {
            visit(child, into: &builder)
        }
    }
}
