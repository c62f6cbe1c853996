// diligence-fuzz: the fuzzing harnesses in one binary, the harness chosen by `--harness=NAME`.
//
// Built with `swift build --sanitize=fuzzer --sanitize=address --scratch-path .build-fuzz
// --product diligence-fuzz`, libFuzzer supplies `main` and calls the two functions below; the
// flags starting with `--` are left to us. Built without the fuzzer (as `swift build` does), this
// file's one global runs instead: it replays files through a harness
// (`diligence-fuzz --harness=NAME FILE_OR_FOLDER...`) or lists the harnesses (`--list`).
import DiligenceFuzzing
import Foundation

nonisolated(unsafe) var chosenHarness: FuzzHarness?

/// The harness named on the command line; exits with the list of harnesses when there is none.
func harnessFromArguments() -> FuzzHarness {
    let names = FuzzHarness.all.map(\.name)
    guard let argument = CommandLine.arguments.first(where: { $0.hasPrefix("--harness=") }) else {
        FileHandle.standardError.write(
            Data("diligence-fuzz: give --harness=NAME, one of: \(names.joined(separator: ", "))\n".utf8))
        exit(2)
    }
    let name = String(argument.dropFirst("--harness=".count))
    guard let harness = FuzzHarness.named(name) else {
        FileHandle.standardError.write(
            Data(
                "diligence-fuzz: no harness \"\(name)\"; the harnesses are \(names.joined(separator: ", "))\n"
                    .utf8))
        exit(2)
    }
    return harness
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    if CommandLine.arguments.contains("--list") {
        listHarnesses()
        exit(0)
    }
    chosenHarness = harnessFromArguments()
    FuzzHarness.prepare()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    chosenHarness?.run(data)
    return 0
}

/// Prints each harness's name and what it reads, a line each.
func listHarnesses() {
    for harness in FuzzHarness.all { print("\(harness.name)\t\(harness.summary)") }
}

/// Without libFuzzer: replay files (each file, or every file in a folder) through the harness.
func replay() {
    if CommandLine.arguments.contains("--list") {
        listHarnesses()
        return
    }
    let harness = harnessFromArguments()
    var count = 0
    for path in CommandLine.arguments.dropFirst() where !path.hasPrefix("-") {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
        let files =
            isFolder.boolValue
            ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map {
                "\(path)/\($0)"
            }
            : [path]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            harness.run(data)
            count += 1
        }
    }
    print("\(harness.name): \(count) inputs replayed, none crashed")
}

// In a plain build this file is the program and the global below runs; under libFuzzer it is a
// library file and the global is never read.
let replayed: Void = replay()
