/// Why a `multipart/form-data` body was not read, in words a person who sent the form can act on.
public enum MultipartFormError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The content type names no boundary (or an empty one, or one past 200 characters).
    case noBoundary
    /// A part's header name (before its colon) has a byte past ASCII; `part` counts from 1.
    case headerNameNotASCII(part: Int)
    /// A part's headers run past 16 KB without a blank line.
    case headersTooLong(part: Int)
    /// The body does not follow the multipart syntax.
    case malformed
    /// The body has no part.
    case noParts
    /// The body has more parts or fields than a form may have.
    case tooManyParts

    public var description: String {
        switch self {
        case .noBoundary:
            "The form could not be read: its content type names no boundary between its parts."
        case .headerNameNotASCII(let part):
            "The form could not be read: the name of a header of part \(part) has a character that is not ASCII."
        case .headersTooLong(let part):
            "The form could not be read: the headers of part \(part) are longer than 16 KB."
        case .malformed:
            "The form could not be read: its parts are not in the multipart form format."
        case .noParts:
            "The form could not be read: it has no part."
        case .tooManyParts:
            "The form could not be read: it has more than \(MultipartForm.maximumParts) parts."
        }
    }
}
