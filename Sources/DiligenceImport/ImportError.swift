/// Why a file could not be imported as an agreement, said for procurement staff, with where in
/// the file the problem is when that is known.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public var code: Code
    /// What is wrong, in words for the person who sent or received the file.
    public var message: String
    /// The file's name as given to the importer.
    public var file: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The 1-based column of the problem, when known.
    public var column: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: message`, or `file: message` when the position is unknown.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }

    /// The kind of an import problem. A struct over a private enum, so kinds can be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Kind: String, Hashable, Sendable {
            case tooLarge = "too-large"
            case empty
            case unknownFormat = "unknown-format"
            case malformed
            case entityExpansion = "entity-expansion"
            case tooManyEntries = "too-many-entries"
            case archiveTooLarge = "archive-too-large"
            case compressionRatio = "compression-ratio"
            case pathEscape = "path-escape"
            case unreadableArchive = "unreadable-archive"
            case notWordDocument = "not-word-document"
            case toolMissing = "tool-missing"
            case unreadablePDF = "unreadable-pdf"
            case encryptedPDF = "encrypted-pdf"
            case tooManyPages = "too-many-pages"
            case parseTimeout = "parse-timeout"
        }
        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// The file is over the size limit.
        public static let tooLarge = Code(.tooLarge)
        /// The file holds no text.
        public static let empty = Code(.empty)
        /// The content is neither XML, HTML nor a Word document.
        public static let unknownFormat = Code(.unknownFormat)
        /// The file is not well-formed; the line and column say where libxml2 stopped.
        public static let malformed = Code(.malformed)
        /// Entities that refer to each other or expand beyond reason (a "billion laughs" file).
        public static let entityExpansion = Code(.entityExpansion)
        /// A `.docx` archive with more entries than allowed.
        public static let tooManyEntries = Code(.tooManyEntries)
        /// A `.docx` archive whose contents unpack beyond the size limit.
        public static let archiveTooLarge = Code(.archiveTooLarge)
        /// A `.docx` entry compressed beyond the allowed ratio (a zip bomb).
        public static let compressionRatio = Code(.compressionRatio)
        /// A `.docx` entry whose name leaves the archive (`../`, an absolute path).
        public static let pathEscape = Code(.pathEscape)
        /// The zip container cannot be read.
        public static let unreadableArchive = Code(.unreadableArchive)
        /// A zip archive without `word/document.xml`.
        public static let notWordDocument = Code(.notWordDocument)
        /// A tool the format needs (poppler for PDF, Tesseract for scans) is not installed.
        public static let toolMissing = Code(.toolMissing)
        /// The file is not a PDF poppler can read.
        public static let unreadablePDF = Code(.unreadablePDF)
        /// The PDF is protected by a password.
        public static let encryptedPDF = Code(.encryptedPDF)
        /// The PDF has more pages than allowed.
        public static let tooManyPages = Code(.tooManyPages)
        /// Reading the file took longer than allowed; the reading process was stopped.
        public static let parseTimeout = Code(.parseTimeout)

        /// A short stable name, such as `path-escape`.
        public var description: String { kind.rawValue }
    }
}
