public import Foundation

/// What an uploaded file of evidence may be: a PDF, an image (PNG, JPEG) or a Word document,
/// recognised from its content (not its name or the browser's word), of at most 10 MB.
public enum EvidenceRules {
    /// The largest file accepted.
    public static let maximumBytes = 10 * 1024 * 1024
    /// The longest file name kept.
    static let maximumNameLength = 100

    /// The file's media type, from its first bytes (never its name); `nil` for a type not accepted.
    public static func mediaType(of data: Data) -> String? {
        let head = [UInt8](data.prefix(8))
        func starts(_ bytes: [UInt8]) -> Bool { head.starts(with: bytes) }
        if starts(Array("%PDF-".utf8)) { return "application/pdf" }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "application/msword" }
        if starts([0x50, 0x4B, 0x03, 0x04]), data.prefix(64 * 1024).range(of: Data("word/".utf8)) != nil {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
        return nil
    }

    /// The name to keep: its last path part, without control characters, at most 100 characters.
    static func cleanName(_ name: String, otherwise fallback: String = "evidence") -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
            .trimmingCharacters(in: .whitespaces)
        return clean.isEmpty ? fallback : String(clean.prefix(maximumNameLength))
    }
}

/// A file a user uploaded as evidence, before it is checked.
public struct EvidenceUpload: Sendable {
    /// Its name as the browser gave it.
    public var name: String
    /// Its bytes.
    public var data: Data

    /// An upload.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
