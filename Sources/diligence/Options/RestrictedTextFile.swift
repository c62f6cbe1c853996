import DiligenceImport
import Foundation

/// A restricted text (an allegation's narrative) read from a file or from standard input (`-`),
/// so that it never lands in the shell's history or the process list.
enum RestrictedTextFile {
    /// The most bytes read.
    static let maximumBytes = 100_000

    /// The text of `path`, or of standard input for `-`; `option` names the option in errors.
    static func read(_ path: String, option: String) throws -> String {
        let data: Data
        if path == "-" {
            data = try standardInput(option: option)
        } else {
            do {
                data = try InputFile.read(path: path, maxBytes: maximumBytes)
            } catch {
                throw CommandFailure("\(option) \(path): \(error)")
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(option) \(path): is not UTF-8 text")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw CommandFailure(
                "\(option) \(path): is empty; write the text in the file, or leave the option out")
        }
        return trimmed
    }

    private static func standardInput(option: String) throws -> Data {
        var data = Data()
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 65_536)
            if chunk.isEmpty { return data }
            data.append(chunk)
            guard data.count <= maximumBytes else {
                throw CommandFailure(
                    "\(option) -: standard input is more than \(maximumBytes) bytes; it was not read")
            }
        }
    }
}
