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
        let clean = EvidenceRules.cleanName(name, otherwise: "agreement")
        return clean.hasPrefix(".") ? "agreement" : clean
    }
}

/// What became of an uploaded agreement.
public enum AgreementUploadOutcome: Sendable, Equatable {
    /// It was read and recorded: the agreement's id.
    case recorded(String)
    /// It needs OCR and runs as a job: the job's number.
    case queued(Int)
}
