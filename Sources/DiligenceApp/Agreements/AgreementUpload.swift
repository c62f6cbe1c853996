public import Foundation

/// A partner agreement a user uploaded, before it is checked.
public struct AgreementUpload: Sendable {
    /// Its name as the browser gave it.
    public var name: String
    /// Its bytes.
    public var data: Data

    /// An upload.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The largest agreement accepted through an upload (a scanned agreement runs to megabytes).
    public static let maximumBytes = 20 * 1024 * 1024

    /// The name to keep: its last path part, without control characters, at most 100 characters.
    var cleanName: String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
            .trimmingCharacters(in: .whitespaces)
        return clean.isEmpty || clean.hasPrefix(".") ? "agreement" : String(clean.prefix(100))
    }
}

/// What became of an uploaded agreement.
public enum AgreementUploadOutcome: Sendable, Equatable {
    /// It was read and recorded: the agreement's id.
    case recorded(String)
    /// It needs OCR and runs as a job: the job's number.
    case queued(Int)
}
