public import Foundation

/// A file a user names on the command line (an agreement, a sheet, an export), opened safely:
/// only a regular file is read, and never past its bound. A named pipe would block the reader for
/// ever, `/dev/zero` never ends, a folder or a symbolic-link loop has no bytes: each is refused
/// with an error that says what it is.
public struct InputFile: Sendable {
    /// The open file descriptor; ``close()`` closes it.
    public let descriptor: Int32
    /// The file's size in bytes when it was opened.
    public let size: Int

    /// Opens `path` for reading, refusing what is not a regular file.
    public init(path: String) throws(InputFileError) {
        // Not blocking, so that opening a named pipe with no writer returns at once.
        let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputFileError.fromErrno(errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            Foundation.close(descriptor)
            throw InputFileError.fromErrno(code)
        }
        guard let kind = Self.kind(status.st_mode) else {
            let flags = fcntl(descriptor, F_GETFL)
            _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
            self.descriptor = descriptor
            self.size = Int(status.st_size)
            return
        }
        Foundation.close(descriptor)
        throw kind
    }

    /// Closes the file.
    public func close() { _ = Foundation.close(descriptor) }

    /// Reads the whole of the regular file at `path`, refusing one larger than `maxBytes` (before
    /// reading, and again if it grows while being read).
    public static func read(path: String, maxBytes: Int) throws(InputFileError) -> Data {
        let file = try InputFile(path: path)
        defer { file.close() }
        guard file.size <= maxBytes else { throw .tooLarge(bytes: file.size, limit: maxBytes) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                Foundation.read(file.descriptor, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputFileError.fromErrno(errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count, limit: maxBytes) }
        }
    }

    /// The error for a file type that is not a regular file; nil for a regular file.
    private static func kind(_ mode: mode_t) -> InputFileError? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFIFO: .notAFile("a named pipe (FIFO)")
        case S_IFCHR, S_IFBLK: .notAFile("a device")
        case S_IFSOCK: .notAFile("a socket")
        default: .notAFile("not a regular file")
        }
    }
}

/// Why a named file cannot be read; ``description`` says it for the person who named it.
public enum InputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case notFound
    /// The path is a folder.
    case folder
    /// The path is a pipe, a device or a socket (which one, in words).
    case notAFile(String)
    /// Symbolic links that point at each other (or too many in a row).
    case symbolicLinkLoop
    /// The account running diligence may not read the file.
    case permissionDenied
    /// Larger than the bound.
    case tooLarge(bytes: Int, limit: Int)
    /// Another system error, in the system's words.
    case unreadable(String)

    static func fromErrno(_ code: Int32) -> InputFileError {
        switch code {
        case ENOENT, ENOTDIR: .notFound
        case ELOOP: .symbolicLinkLoop
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .folder
        default: .unreadable(String(cString: strerror(code)))
        }
    }

    /// What is wrong, without the file's name.
    public var description: String {
        switch self {
        case .notFound: "there is no such file"
        case .folder: "this is a folder, not a file; name a file in it"
        case .notAFile(let kind):
            "this is \(kind), not a regular file; save the content to a file and name that"
        case .symbolicLinkLoop:
            "this is a symbolic link that leads back to itself; name the file it should point to"
        case .permissionDenied: "the account running diligence may not read this file"
        case .tooLarge(let bytes, let limit):
            "this file is \(bytes) bytes, more than the \(limit) bytes allowed; it was not read"
        case .unreadable(let reason): "this file cannot be read (\(reason))"
        }
    }
}
