public import DiligenceCore
public import Foundation

/// Turns the bytes of a partner agreement (XML, HTML, Word `.docx` or PDF) into an
/// ``AgreementDocument``, safely: bounded sizes, no network, no external entities or DTDs, no
/// entity expansion, no path escapes from archives. Nothing is written anywhere.
public struct AgreementImporter: Sendable {
    /// The bounds a file must stay within.
    public var limits: ImportLimits

    /// Creates an importer with `limits` (``ImportLimits/standard`` by default).
    public init(limits: ImportLimits = .standard) {
        self.limits = limits
    }

    /// Reads the file at `url`, refusing it before reading when it is over the size limit. XML is
    /// streamed from the file a chunk at a time, never held whole, and `progress` is told the bytes
    /// read so far and the file's size as it goes; the other formats are read whole.
    public func importFile(
        at url: URL, format: ImportFormat = .auto, progress: ((_ read: Int, _ size: Int) -> Void)? = nil
    ) throws(ImportError) -> AgreementDocument {
        let name = url.lastPathComponent
        // Only a regular file: a named pipe would block for ever, /dev/zero never ends.
        let input: InputFile
        do {
            input = try InputFile(path: url.path)
        } catch {
            throw ImportError(.unknownFormat, error.description, file: name)
        }
        defer { input.close() }
        let size: Int? = input.size
        if input.size > limits.maxDocumentBytes { throw tooLarge(name) }
        let file = input.descriptor
        // The format from the first bytes (or as given): only XML is streamed.
        var head = [UInt8](repeating: 0, count: 8192)
        let headCount = head.withUnsafeMutableBytes { pread(file, $0.baseAddress, $0.count, 0) }
        guard headCount >= 0 else { throw cannotRead(name, errno) }
        guard headCount > 0 else { throw ImportError(.empty, "this file is empty", file: name) }
        let sniffed = FormatSniffer.format(of: Data(head[0..<headCount]), fileName: name)
        if (format.agreementFormat ?? sniffed) == .pdf {
            return try PDFReader(file: url, name: name, limits: limits, progress: progress).read()
        }
        guard (format.agreementFormat ?? sniffed) == .xml else {
            let data: Data
            do {
                data = try InputFile.read(path: url.path, maxBytes: limits.maxDocumentBytes)
            } catch {
                if case .tooLarge = error { throw tooLarge(name) }
                throw ImportError(.unknownFormat, error.description, file: name)
            }
            return try importData(data, fileName: name, format: format)
        }
        var total = 0
        var readError: Int32?
        var overLimit = false
        let (document, problems) = StreamingMarkupReader(rules: .xml).read(url: name) { buffer in
            var count: Int
            repeat { count = read(file, buffer.baseAddress, buffer.count) } while count < 0 && errno == EINTR
            guard count >= 0 else {
                readError = errno
                return nil
            }
            total += count
            if let progress, let size, size > 0 { progress(min(total, size), size) }
            // The file grew past the limit after it was measured.
            guard total <= limits.maxDocumentBytes else {
                overLimit = true
                return nil
            }
            return count
        }
        if overLimit { throw tooLarge(name) }
        if let readError { throw cannotRead(name, readError) }
        guard let document else { throw Self.failure(problems, file: name) }
        return document
    }

    private func cannotRead(_ name: String, _ code: Int32) -> ImportError {
        ImportError(
            .unknownFormat, "this file cannot be read: \(String(cString: strerror(code)))", file: name)
    }

    /// Reads a file's bytes; `fileName` names it in errors and settles ambiguous markup.
    public func importData(_ data: Data, fileName: String, format: ImportFormat = .auto) throws(ImportError)
        -> AgreementDocument
    {
        guard data.count <= limits.maxDocumentBytes else { throw tooLarge(fileName) }
        guard !data.isEmpty else { throw ImportError(.empty, "this file is empty", file: fileName) }
        let resolved: AgreementFormat
        if let chosen = format.agreementFormat {
            resolved = chosen
        } else if let sniffed = FormatSniffer.format(of: data, fileName: fileName) {
            resolved = sniffed
        } else {
            throw ImportError(
                .unknownFormat,
                "this file is not an XML, HTML, Word (.docx) or PDF document; save the agreement in one of those formats",
                file: fileName)
        }
        switch resolved {
        case .xml:
            return try readXML(data, fileName: fileName)
        case .html:
            return try readHTML(data, fileName: fileName)
        case .pdf:
            // The PDF tools read files: the bytes go to a temporary file, removed afterwards.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "diligence-pdf-\(UUID())")
            let url = folder.appendingPathComponent("agreement.pdf")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: url)
            } catch {
                throw ImportError(
                    .unreadablePDF, "no temporary copy could be made to read this PDF", file: fileName)
            }
            defer { try? FileManager.default.removeItem(at: folder) }
            return try PDFReader(file: url, name: fileName, limits: limits, progress: nil).read()
        case .docx:
            let archive = try DocxArchive(data: data, file: fileName, limits: limits)
            let xml = try archive.documentXML()
            let (document, problems) = try LibXML.withXMLDocument(xml, url: fileName) { tree in
                DocxReader.read(tree)
            }
            guard let document else {
                throw Self.failure(problems, file: fileName + " (word/document.xml)")
            }
            return document
        }
    }

    private func readXML(_ data: Data, fileName: String) throws(ImportError) -> AgreementDocument {
        let (document, problems) = StreamingMarkupReader(rules: .xml).read(data, url: fileName)
        guard let document else { throw Self.failure(problems, file: fileName) }
        return document
    }

    private func readHTML(_ data: Data, fileName: String) throws(ImportError) -> AgreementDocument {
        let (document, problems) = try LibXML.withHTMLDocument(data, url: fileName) { tree in
            HTMLReader.read(tree)
        }
        guard let document else { throw Self.failure(problems, file: fileName) }
        return document
    }

    private func tooLarge(_ name: String) -> ImportError {
        ImportError(
            .tooLarge,
            "this file is larger than the \(limits.maxDocumentBytes / 1_000_000) MB allowed for an agreement; it was not read",
            file: name)
    }

    /// The error for a parse that gave no tree: entity expansion when libxml2 saw it, else the
    /// first fatal problem with its line and column.
    static func failure(_ problems: [LibXML.Problem], file: String) -> ImportError {
        if let entity = problems.first(where: { LibXML.isEntityExpansion($0.code) }) {
            return ImportError(
                .entityExpansion,
                "this file defines entities that expand without bound (\(entity.message)); it was not read",
                file: file, line: entity.line, column: entity.column)
        }
        guard let problem = problems.first(where: \.isFatal) ?? problems.first else {
            return ImportError(.malformed, "this file cannot be read as XML", file: file)
        }
        return ImportError(
            .malformed, "this file is not well-formed XML: \(problem.message)", file: file,
            line: problem.line > 0 ? problem.line : nil, column: problem.column > 0 ? problem.column : nil)
    }
}
