import Foundation
import Testing
import ZIPFoundation

/// Builds small `.docx` files in memory for tests: a `[Content_Types].xml` and a
/// `word/document.xml`, plus any extra entries.
enum DocxFixture {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    /// A zip archive of `entries` (name, bytes), deflated.
    static func archive(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// A `.docx` whose body is `bodyXML` (WordprocessingML inside `w:body`).
    static func docx(body bodyXML: String, extra: [(String, Data)] = []) throws -> Data {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(bodyXML)</w:body></w:document>
            """
        return try archive(
            [("[Content_Types].xml", Data(contentTypes.utf8)), ("word/document.xml", Data(document.utf8))]
                + extra)
    }

    /// WordprocessingML for a simple text outline: `# ` starts a Heading1, `## ` a Heading2,
    /// `- ` a numbered list item, `| a | b |` a table row, anything else a body paragraph.
    static func body(outline: String) -> String {
        var xml = ""
        var rows: [[String]] = []
        func flushTable() {
            guard !rows.isEmpty else { return }
            xml += "<w:tbl>"
            for row in rows {
                xml += "<w:tr>" + row.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
            }
            xml += "</w:tbl>"
            rows = []
        }
        for line in outline.split(separator: "\n").map(String.init) {
            if line.hasPrefix("|") {
                rows.append(
                    line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                        !$0.isEmpty
                    })
                continue
            }
            flushTable()
            if line.hasPrefix("## ") {
                xml += paragraph(String(line.dropFirst(3)), style: "Heading2")
            } else if line.hasPrefix("# ") {
                xml += paragraph(String(line.dropFirst(2)), style: "Heading1")
            } else if line.hasPrefix("- ") {
                xml += paragraph(String(line.dropFirst(2)), numbered: true)
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                xml += paragraph(line)
            }
        }
        flushTable()
        return xml
    }

    /// One `w:p`, its text split over two runs to prove runs are joined.
    static func paragraph(_ text: String, style: String? = nil, numbered: Bool = false) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if numbered { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;")
        let middle = escaped.index(escaped.startIndex, offsetBy: escaped.count / 2)
        var cut = middle
        while cut < escaped.endIndex, escaped[cut] != " " { cut = escaped.index(after: cut) }
        let first = escaped[..<cut]
        let second = escaped[cut...]
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
            + "<w:r><w:t xml:space=\"preserve\">\(first)</w:t></w:r><w:r><w:t xml:space=\"preserve\">\(second)</w:t></w:r></w:p>"
    }
}
