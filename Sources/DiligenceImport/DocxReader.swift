import CLibXML2
import DiligenceCore

/// Reads `word/document.xml`: paragraphs (`w:p`), headings by style (`Title`, `Heading1`-`9`,
/// or an outline level), numbered paragraphs (`w:numPr`), tables (each cell one paragraph) and
/// content controls (`w:sdt`). Locations count every `w:p` of the body from 1.
struct DocxReader {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private var builder = DocumentBuilder()
    private var paragraphIndex = 0
    /// Counters of numbered headings by level, for "1", "1.2", ...
    private var headingNumbers: [Int] = []

    /// The document's sections and paragraphs.
    static func read(_ document: xmlDocPtr) -> AgreementDocument {
        var reader = DocxReader()
        if let root = xmlDocGetRootElement(document),
            let body = XMLNodes.children(root).first(where: { reader.isWord($0, "body") })
        {
            reader.visitBlocks(body)
        }
        return reader.builder.build(.docx)
    }

    private func isWord(_ node: xmlNodePtr, _ name: String) -> Bool {
        XMLNodes.isElement(node) && XMLNodes.localName(node) == name.lowercased()
            && XMLNodes.namespace(node) == Self.wordNamespace
    }

    private func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        XMLNodes.children(node).first { isWord($0, name) }
    }

    private mutating func visitBlocks(_ node: xmlNodePtr) {
        for block in XMLNodes.children(node) where XMLNodes.isElement(block) {
            if isWord(block, "p") {
                paragraph(block)
            } else if isWord(block, "tbl") {
                table(block)
            } else if isWord(block, "sdt"), let content = child(block, "sdtContent") {
                visitBlocks(content)
            }
        }
    }

    private mutating func table(_ table: xmlNodePtr) {
        for row in XMLNodes.children(table) where isWord(row, "tr") {
            for cell in XMLNodes.children(row) where isWord(cell, "tc") {
                var texts: [String] = []
                var first: Int?
                for block in XMLNodes.children(cell) {
                    if isWord(block, "p") {
                        paragraphIndex += 1
                        first = first ?? paragraphIndex
                        texts.append(text(block))
                    } else if isWord(block, "tbl") {
                        self.table(block)
                    }
                }
                if let first { builder.paragraph(texts.joined(separator: "\n"), at: .paragraph(first)) }
            }
        }
    }

    private mutating func paragraph(_ node: xmlNodePtr) {
        paragraphIndex += 1
        let location = AgreementLocation.paragraph(paragraphIndex)
        let properties = child(node, "pPr")
        let style = properties.flatMap { child($0, "pStyle") }.flatMap { XMLNodes.attribute($0, "val") }
        let outline = properties.flatMap { child($0, "outlineLvl") }.flatMap { XMLNodes.attribute($0, "val") }
        let numbered = properties.flatMap { child($0, "numPr") } != nil
        let content = text(node)
        if let level = Self.headingLevel(style: style, outline: outline) {
            var number: String?
            if numbered, level > 0 {
                if headingNumbers.count < level {
                    headingNumbers += Array(repeating: 0, count: level - headingNumbers.count)
                }
                headingNumbers = Array(headingNumbers.prefix(level))
                headingNumbers[level - 1] += 1
                number = headingNumbers.map(String.init).joined(separator: ".")
            }
            builder.heading(content, number: number, at: location)
        } else {
            builder.paragraph(content, at: location)
        }
    }

    /// 0 for a title, 1-9 for a heading, `nil` for body text.
    static func headingLevel(style: String?, outline: String?) -> Int? {
        if let style {
            let compact = style.lowercased().replacingOccurrences(of: " ", with: "")
            if compact == "title" { return 0 }
            if compact.hasPrefix("heading"), let level = Int(compact.dropFirst("heading".count)),
                (1...9).contains(level)
            {
                return level
            }
        }
        if let outline, let level = Int(outline), (0...8).contains(level) { return level + 1 }
        return nil
    }

    /// The text of a paragraph's runs: `w:t`, tabs as spaces, breaks as newlines; deleted text,
    /// field codes and footnote marks left out.
    private func text(_ node: xmlNodePtr) -> String {
        var result = ""
        func visit(_ node: xmlNodePtr) {
            for child in XMLNodes.children(node) where XMLNodes.isElement(child) {
                guard XMLNodes.namespace(child) == Self.wordNamespace else { continue }
                switch XMLNodes.localName(child) {
                case "t": result += XMLNodes.text(child)
                case "tab": result += " "
                case "br", "cr": result += "\n"
                case "deltext", "instrtext", "ppr", "rpr", "footnotereference", "endnotereference": break
                default: visit(child)
                }
            }
        }
        visit(node)
        return result
    }
}
