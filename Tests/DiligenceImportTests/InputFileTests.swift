import DiligenceImport
import Foundation
import Testing

/// Only regular files are read: a named pipe (which hung `agreement import` for ever),
/// `/dev/zero`, a folder or a symbolic-link loop is refused at once with an error that says what
/// it is.
@Suite struct InputFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("diligence-input-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func aNamedPipeIsRefusedWithoutWaiting() throws {
        #expect(mkfifo(path("agreement.xml"), 0o600) == 0)
        #expect(throws: InputFileError.notAFile("a named pipe (FIFO)")) {
            try InputFile.read(path: path("agreement.xml"), maxBytes: 1_000)
        }
        #expect(throws: ImportError.self) {
            try AgreementImporter().importFile(at: URL(fileURLWithPath: path("agreement.xml")))
        }
    }

    @Test func aDeviceAFolderAndALinkLoopAreSaidToBeSo() throws {
        #expect(throws: InputFileError.notAFile("a device")) {
            try InputFile.read(path: "/dev/zero", maxBytes: 1_000)
        }
        #expect(throws: InputFileError.folder) { try InputFile.read(path: folder.path, maxBytes: 1_000) }
        try FileManager.default.createSymbolicLink(atPath: path("a"), withDestinationPath: path("b"))
        try FileManager.default.createSymbolicLink(atPath: path("b"), withDestinationPath: path("a"))
        #expect(throws: InputFileError.symbolicLinkLoop) {
            try InputFile.read(path: path("a"), maxBytes: 1_000)
        }
        #expect(throws: InputFileError.notFound) { try InputFile.read(path: path("none"), maxBytes: 1_000) }
        do {
            _ = try AgreementImporter().importFile(at: URL(fileURLWithPath: path("a")))
            Issue.record("a symbolic-link loop was imported")
        } catch {
            #expect(error.description.contains("symbolic link that leads back to itself"), "\(error)")
        }
    }

    @Test func aRegularFileIsReadUpToItsBound() throws {
        try Data("date,course\n".utf8).write(to: URL(fileURLWithPath: path("sheet.csv")))
        #expect(try InputFile.read(path: path("sheet.csv"), maxBytes: 100) == Data("date,course\n".utf8))
        #expect(throws: InputFileError.tooLarge(bytes: 12, limit: 5)) {
            try InputFile.read(path: path("sheet.csv"), maxBytes: 5)
        }
    }

    @Test func theWordingNamesWhatItIs() {
        #expect(
            InputFileError.notAFile("a named pipe (FIFO)").description.hasPrefix(
                "this is a named pipe (FIFO)"))
        #expect(InputFileError.folder.description.hasPrefix("this is a folder"))
        #expect(InputFileError.symbolicLinkLoop.description.contains("symbolic link"))
    }
}
