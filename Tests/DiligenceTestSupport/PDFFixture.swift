public import Foundation

/// PDF files made for tests and the corpus evaluation, without any PDF library: a text PDF
/// (Helvetica, one line of text per line given), and a scan (pages that are only grey images).
public enum PDFFixture {
    /// A PDF whose pages carry `pages` as lines of text (Latin-1 characters), 11 points, A4.
    public static func text(pages: [[String]]) -> Data {
        var objects: [Data] = []
        let fontID = 3
        var pageIDs: [Int] = []
        var bodies: [Data] = []
        for lines in pages {
            var stream = "BT /F1 11 Tf 14 TL 56 790 Td\n"
            for line in lines { stream += "(\(escape(line))) Tj T*\n" }
            stream += "ET\n"
            bodies.append(stream.data(using: .isoLatin1) ?? Data(stream.utf8))
        }
        // 1 catalogue, 2 pages, 3 font, then a page and its content per page.
        for index in bodies.indices { pageIDs.append(4 + index * 2) }
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(
            Data(
                "<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageIDs.count) >>"
                    .utf8))
        objects.append(
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        for (index, body) in bodies.enumerated() {
            let contentID = 5 + index * 2
            objects.append(
                Data(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 \(fontID) 0 R >> >> /Contents \(contentID) 0 R >>"
                        .utf8))
            objects.append(stream(body, dictionary: ""))
        }
        return assemble(objects)
    }

    /// A scanned PDF: each page an 8-bit grey image (`width` x `height` bytes, row by row) at `dpi`.
    public static func scan(pages: [(width: Int, height: Int, pixels: Data)], dpi: Int) -> Data {
        var objects: [Data] = []
        let pageIDs = pages.indices.map { 3 + $0 * 3 }
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(
            Data(
                "<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageIDs.count) >>"
                    .utf8))
        for (index, page) in pages.enumerated() {
            let imageID = 4 + index * 3
            let contentID = 5 + index * 3
            let width = Double(page.width) * 72 / Double(dpi)
            let height = Double(page.height) * 72 / Double(dpi)
            let size = String(format: "%.2f 0 0 %.2f 0 0", width, height)
            objects.append(
                Data(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(String(format: "%.2f %.2f", width, height))] /Resources << /XObject << /Im1 \(imageID) 0 R >> >> /Contents \(contentID) 0 R >>"
                        .utf8))
            objects.append(
                stream(
                    page.pixels,
                    dictionary:
                        "/Type /XObject /Subtype /Image /Width \(page.width) /Height \(page.height) /ColorSpace /DeviceGray /BitsPerComponent 8 "
                ))
            objects.append(stream(Data("q \(size) cm /Im1 Do Q\n".utf8), dictionary: ""))
        }
        return assemble(objects)
    }

    /// The pages of a PDF rendered to grey images by poppler's `pdftoppm` at `dpi`: a scan of it.
    public static func scanned(_ pdf: URL, dpi: Int, into folder: URL) throws -> Data {
        let prefix = folder.appendingPathComponent("scan").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        process.arguments = ["-r", String(dpi), "-gray", pdf.path, prefix]
        try process.run()
        process.waitUntilExit()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("scan") && $0.hasSuffix(".pgm") }.sorted()
        var pages: [(width: Int, height: Int, pixels: Data)] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            if let page = pgm(try Data(contentsOf: url)) { pages.append(page) }
            try? FileManager.default.removeItem(at: url)
        }
        return scan(pages: pages, dpi: dpi)
    }

    /// A binary PGM (`P5`) image's size and pixels.
    public static func pgm(_ data: Data) -> (width: Int, height: Int, pixels: Data)? {
        var fields: [Int] = []
        var index = data.startIndex + 2
        guard data.starts(with: Array("P5".utf8)) else { return nil }
        while fields.count < 3, index < data.endIndex {
            let byte = data[index]
            if byte == UInt8(ascii: "#") {
                while index < data.endIndex, data[index] != 0x0A { index += 1 }
            } else if (0x30...0x39).contains(byte) {
                var value = 0
                while index < data.endIndex, (0x30...0x39).contains(data[index]) {
                    value = value * 10 + Int(data[index] - 0x30)
                    index += 1
                }
                fields.append(value)
                continue
            }
            index += 1
        }
        guard fields.count == 3 else { return nil }
        let pixels = data[index...].prefix(fields[0] * fields[1])
        return (fields[0], fields[1], Data(pixels))
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
    }

    private static func stream(_ content: Data, dictionary: String) -> Data {
        var data = Data("<< \(dictionary)/Length \(content.count) >>\nstream\n".utf8)
        data.append(content)
        data.append(Data("\nendstream".utf8))
        return data
    }

    private static func assemble(_ objects: [Data]) -> Data {
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf.append(Data("\(index + 1) 0 obj\n".utf8))
            pdf.append(object)
            pdf.append(Data("\nendobj\n".utf8))
        }
        let xref = pdf.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        pdf.append(Data(table.utf8))
        return pdf
    }
}
