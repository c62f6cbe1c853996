import DiligenceImport
import Foundation

/// A file a command reads whole (an answers sheet, an attendance sheet, an assessment export),
/// bounded before it is read: a failure names the file and says what is wrong.
enum CommandFile {
    /// The bytes of the regular file at `path`, refused when larger than `maxBytes` with
    /// `tooLarge(size)` as the reason.
    static func read(_ path: String, maxBytes: Int, tooLarge: (Int) -> String) throws -> Data {
        do {
            return try InputFile.read(path: path, maxBytes: maxBytes)
        } catch {
            if case .tooLarge(let size, _) = error { throw CommandFailure("\(path): \(tooLarge(size))") }
            throw CommandFailure("\(path): \(error)")
        }
    }
}
