public import Foundation

/// A file sent in a form.
public struct WebUpload: Sendable, Hashable {
    /// The form field it came in.
    public var field: String
    /// Its name on the user's machine.
    public var filename: String
    /// Its bytes.
    public var data: Data
    /// A file named `filename` sent in field `field`.
    public init(field: String, filename: String, data: Data) {
        self.field = field
        self.filename = filename
        self.data = data
    }
}
