import DiligenceImport
import Foundation
import Testing

/// A file that starts like a Word document but whose zip container cannot be read is refused and
/// its bytes released (the fuzzer's leak: the zip library kept every such file in memory for the
/// life of the process, so each malformed upload to a server would have leaked its size).
@Suite struct MalformedDocxMemoryTests {
    /// 2 MB that start like a zip and end in a truncated end-of-directory record, new bytes each
    /// time.
    static func malformed() -> Data {
        var bytes = Data("PK\u{03}\u{04}".utf8)
        bytes.append(Data(repeating: 0x41, count: 2_000_000))
        bytes.append(Data("PK\u{05}\u{06}".utf8))
        bytes.append(Data([0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]))
        return bytes
    }

    /// The process's resident memory in bytes.
    static func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let pages = try #require(Int(statm.split(separator: " ")[1]))
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test func malformedDocxIsRefusedAndReleased() throws {
        let importer = AgreementImporter()
        #expect(throws: ImportError.self) {
            try importer.importData(Self.malformed(), fileName: "agreement.docx", format: .docx)
        }
        let before = try Self.residentBytes()
        for _ in 0..<200 {
            _ = try? importer.importData(Self.malformed(), fileName: "agreement.docx", format: .docx)
        }
        let grown = try Self.residentBytes() - before
        // 200 imports of 2 MB kept would be 400 MB.
        #expect(grown < 150_000_000, "resident memory grew by \(grown / 1_000_000) MB")
    }
}
