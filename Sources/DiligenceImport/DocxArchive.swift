import Foundation
import ZIPFoundation

/// The `.docx` zip container, checked against the limits before anything is unpacked.
///
/// From the central directory: the number of entries, every entry's name (no `..` component,
/// no absolute or drive path, no backslash), the total unpacked size and each large entry's
/// compression ratio. While unpacking `word/document.xml` the bytes are counted again and
/// unpacking stops at the limit, whatever the directory claimed.
struct DocxArchive {
    let archive: Archive
    let file: String
    let limits: ImportLimits

    /// Opens and checks the archive.
    init(data: Data, file: String, limits: ImportLimits) throws(ImportError) {
        self.file = file
        self.limits = limits
        do {
            archive = try Self.open(data)
        } catch {
            throw ImportError(
                .unreadableArchive,
                "this file starts like a Word document but its zip container cannot be read",
                file: file)
        }
        try check()
    }

    /// The archive over a temporary copy of the bytes, removed once open. (ZIPFoundation's archive
    /// in memory keeps the bytes of a file that is not a zip for the life of the process: each
    /// malformed upload would leak its size. Its archive on a file closes the file when it fails.)
    private static func open(_ data: Data) throws -> Archive {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diligence-docx-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("agreement.docx")
        try data.write(to: url)
        return try Archive(url: url, accessMode: .read)
    }

    private func check() throws(ImportError) {
        var count = 0
        var total: UInt64 = 0
        for entry in archive {
            count += 1
            if count > limits.maxArchiveEntries {
                throw ImportError(
                    .tooManyEntries,
                    "this Word document has more than \(limits.maxArchiveEntries) parts; it is not a normal agreement and was not read",
                    file: file)
            }
            let path = entry.path
            if Self.escapes(path) {
                throw ImportError(
                    .pathEscape,
                    "this Word document contains a part named \"\(path)\" that points outside the document; it was not read",
                    file: file)
            }
            let unpacked = entry.uncompressedSize
            total += unpacked
            if total > UInt64(limits.maxUncompressedBytes) {
                throw ImportError(
                    .archiveTooLarge,
                    "this Word document unpacks to more than \(limits.maxUncompressedBytes / 1_000_000) MB; it was not read",
                    file: file)
            }
            if unpacked >= UInt64(limits.ratioCheckedFrom),
                unpacked / max(entry.compressedSize, 1) > UInt64(limits.maxCompressionRatio)
            {
                throw ImportError(
                    .compressionRatio,
                    "the part \"\(path)\" of this Word document is compressed more than \(limits.maxCompressionRatio) to 1, as zip bombs are; it was not read",
                    file: file)
            }
        }
    }

    /// True for a name that is absolute, has a drive, a backslash or a `..` component.
    static func escapes(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.contains("\\") || path.contains("\0") { return true }
        if path.count >= 2, path.dropFirst().first == ":" { return true }
        return path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The bytes of `word/document.xml`, unpacked with a hard cap.
    func documentXML() throws(ImportError) -> Data {
        guard let entry = archive["word/document.xml"] else {
            throw ImportError(
                .notWordDocument, "this zip file is not a Word document: it has no word/document.xml",
                file: file)
        }
        let cap = min(limits.maxDocumentBytes, Int(clamping: entry.uncompressedSize))
        var data = Data()
        var overflow = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if data.count + chunk.count > cap {
                    overflow = true
                    throw CocoaError(.fileReadTooLarge)
                }
                data.append(chunk)
            }
        } catch {
            if overflow {
                throw ImportError(
                    .archiveTooLarge,
                    "the text of this Word document unpacks to more than its stated size or the \(limits.maxDocumentBytes / 1_000_000) MB limit; it was not read",
                    file: file)
            }
            throw ImportError(
                .unreadableArchive, "the text of this Word document cannot be unpacked: it is damaged",
                file: file)
        }
        return data
    }
}
