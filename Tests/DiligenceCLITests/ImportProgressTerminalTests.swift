import Foundation
import Testing

/// `agreement import` on a real terminal: the real binary in a pseudo-terminal made by
/// `script(1)` (util-linux), its screen output read back byte for byte.
@Suite struct ImportProgressTerminalTests {
    /// `script` from util-linux, which runs a command in a pseudo-terminal.
    static let script = ["/usr/bin/script", "/bin/script"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The test runner's environment without `DILIGENCE_` settings, and with `SHELL` set:
    /// `script` runs the command line in `$SHELL`, and shells differ in what they print
    /// themselves (dash reports a job killed by a signal, bash does not).
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DILIGENCE_") }
        environment["SHELL"] = "/bin/sh"
        return environment
    }

    /// What the terminal received and the exit status.
    struct Screen {
        var bytes: String
        var exitCode: Int32
    }

    /// Runs `command` (a shell command line) in a pseudo-terminal in the workspace's folder.
    func onTerminal(_ command: String, in workspace: CLIWorkspace) throws -> Screen {
        let script = try #require(Self.script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        // -q: no banner, -f: flush at once, -e: the command's exit status, transcript to nowhere.
        process.arguments = ["-qfe", "-c", command, "/dev/null"]
        process.currentDirectoryURL = workspace.project
        process.environment = Self.environment
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Screen(bytes: String(decoding: bytes, as: UTF8.self), exitCode: process.terminationStatus)
    }

    /// ``onTerminal(_:in:)`` with every signal unblocked: processes the test runner starts
    /// inherit its blocked signals, which would keep a signal from ever reaching the CLI.
    func onTerminalWithSignals(_ command: String, in workspace: CLIWorkspace) throws -> Screen {
        let script = try #require(Self.script)
        let output = Pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.fileHandleForWriting.fileDescriptor, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        // `cd` on a line of its own, so a `&` in the command sends only the command to the background.
        let line = "cd '\(workspace.project.path)' || exit 125\n\(command)"
        let arguments = [script, "-qfe", "-c", line, "/dev/null"]
        let environment = Self.environment.map { "\($0.key)=\($0.value)" }
        var cArguments = arguments.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer { for pointer in cArguments + cEnvironment { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, script, &actions, &attributes, &cArguments, &cEnvironment)
        try #require(spawned == 0, "script could not be started: \(spawned)")
        try output.fileHandleForWriting.close()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Screen(bytes: String(decoding: bytes, as: UTF8.self), exitCode: exitCode)
    }

    /// A generated agreement of about 300 KB: libxml2 reads it a few KB at a time, so the reading
    /// line is redrawn with its percentage many times.
    func longAgreement(in workspace: CLIWorkspace, articles: Int = 120) throws -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<agreement>\n"
        for article in 1...articles {
            xml += "<section number=\"\(article)\"><title>Obligations of the Partner</title>\n"
            for paragraph in 1...8 {
                xml +=
                    "<p>\(article).\(paragraph) The Partner shall carry out the activities described in the programme document in accordance with the work plan and the budget agreed with the UN entity.</p>\n"
            }
            xml += "</section>\n"
        }
        xml += "</agreement>\n"
        try Data(xml.utf8).write(to: workspace.file("long-agreement.xml"))
        return "long-agreement.xml"
    }

    func command(_ arguments: String) throws -> String {
        let executable = try #require(CLILocation.executable, "the diligence executable is not built")
        return "'\(executable.path)' " + arguments
    }

    @Test(.enabled(if: script != nil, "needs script(1) from util-linux to run the CLI in a pseudo-terminal"))
    func progressIsDrawnInPlaceAndClearedBeforeTheFindings() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try workspace.provision("pat", role: "procurement")
        let file = try longAgreement(in: workspace)
        let screen = try onTerminal(
            try command("agreement import \(partner) \(file) --as pat --role procurement"), in: workspace)
        #expect(screen.exitCode == 0, "\(screen.bytes)")
        let redraw = "\r\u{1B}[K"
        // Every phase is drawn over the one before, from the start of the line.
        let reading = screen.bytes.components(separatedBy: redraw + "reading long-agreement.xml...")
            .dropFirst()
        let percentages = reading.compactMap { Int($0.drop { $0 == " " }.prefix { $0.isNumber }) }
        #expect(
            percentages.count >= 5, "the reading line should be redrawn as the file is read: \(screen.bytes)")
        #expect(percentages == percentages.sorted(), "\(percentages)")
        #expect(percentages.last == 100)
        let finding = screen.bytes.components(
            separatedBy: redraw + "finding the PSEA clauses in 960 paragraphs..."
        )
        .dropFirst()
        let detected = finding.compactMap { Int($0.drop { $0 == " " }.prefix { $0.isNumber }) }
        #expect(detected.count >= 5 && detected == detected.sorted() && detected.last == 100, "\(detected)")
        #expect(screen.bytes.contains(redraw + "recording..."), "\(screen.bytes)")
        // The line is cleared, then the findings table starts on a clean line; nothing of the
        // progress comes after it.
        let cleared = try #require(screen.bytes.range(of: redraw + "CLAUSE"), "\(screen.bytes)")
        let after = screen.bytes[cleared.upperBound...]
        #expect(
            !after.contains("\u{1B}[K") && !after.contains("reading") && !after.contains("recording..."),
            "\(after)")
        #expect(after.contains("AG-0001: version 1 (long-agreement.xml, xml) for \(partner)"), "\(after)")
    }

    @Test(.enabled(if: script != nil, "needs script(1) from util-linux to run the CLI in a pseudo-terminal"))
    func aNarrowTerminalGetsTheLineCutWithItsPercentage() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try workspace.provision("pat", role: "procurement")
        let file = try longAgreement(in: workspace)
        let screen = try onTerminal(
            "stty cols 30; "
                + (try command("agreement import \(partner) \(file) --as pat --role procurement")),
            in: workspace)
        #expect(screen.exitCode == 0, "\(screen.bytes)")
        let drawn = screen.bytes.components(separatedBy: "\r\u{1B}[K").dropFirst().dropLast()
        #expect(drawn.count >= 10, "\(screen.bytes)")
        for line in drawn {
            #expect(line.count < 30, "drawn wider than the terminal: \(line)")
        }
        // Cut with an ellipsis, the percentage kept.
        #expect(drawn.contains("finding the PSEA clauses… 99%"), "\(drawn)")
        #expect(drawn.contains("finding the PSEA clause… 100%"), "\(drawn)")
    }

    @Test(.enabled(if: script != nil, "needs script(1) from util-linux to run the CLI in a pseudo-terminal"))
    func aRefusedImportClearsTheLineBeforeTheError() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try workspace.provision("pat", role: "procurement")
        try Data("<agreement><p>unclosed</agreement>".utf8).write(to: workspace.file("broken.xml"))
        let screen = try onTerminal(
            try command("agreement import \(partner) broken.xml --as pat --role procurement"), in: workspace)
        #expect(screen.exitCode == 1, "\(screen.bytes)")
        #expect(screen.bytes.contains("\r\u{1B}[Kreading broken.xml..."), "\(screen.bytes)")
        #expect(screen.bytes.contains("\r\u{1B}[Kerror: broken.xml:1:"), "\(screen.bytes)")
        #expect(try workspace.run("agreement", "list", "--json").jsonArray().isEmpty)
    }

    @Test(.enabled(if: script != nil, "needs script(1) from util-linux to run the CLI in a pseudo-terminal"))
    func nothingIsDrawnWhenStderrIsNotTheTerminal() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try workspace.provision("pat", role: "procurement")
        let file = try longAgreement(in: workspace)
        // stdout stays the terminal; stderr goes to a file.
        let screen = try onTerminal(
            try command("agreement import \(partner) \(file) --as pat --role procurement 2>progress.txt"),
            in: workspace)
        #expect(screen.exitCode == 0, "\(screen.bytes)")
        #expect(!screen.bytes.contains("\u{1B}[K") && !screen.bytes.contains("reading"), "\(screen.bytes)")
        #expect(screen.bytes.contains("AG-0001: version 1"), "\(screen.bytes)")
        let stderr = try Data(contentsOf: workspace.file("progress.txt"))
        #expect(stderr.isEmpty, "\(String(decoding: stderr, as: UTF8.self))")
    }

    @Test(.enabled(if: script != nil, "needs script(1) from util-linux to run the CLI in a pseudo-terminal"))
    func anInterruptedImportClearsTheLineAndRecordsNothing() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try workspace.provision("pat", role: "procurement")
        // About 12 MB: the import is still reading or searching when the signal comes.
        let file = try longAgreement(in: workspace, articles: 4800)
        // SIGTERM, as a background job's SIGINT is ignored by the shell; both are handled alike.
        let importing = try command("agreement import \(partner) \(file) --as pat --role procurement")
        // The shell's own stderr goes nowhere, so its report of the killed job ("Terminated")
        // is not taken for the CLI's output; the CLI's stderr stays the terminal. The signal is
        // sent once the CLI has the agreement open (it draws the reading line first), however
        // slowly a loaded machine starts it.
        let screen = try onTerminalWithSignals(
            """
            exec 3>&2 2>/dev/null; \(importing) 2>&3 & job=$!
            for wait in $(seq 600); do ls -l /proc/$job/fd | grep -q \(file) && break; sleep 0.1; done
            kill -TERM $job; wait $job
            """,
            in: workspace)
        #expect(screen.exitCode == 128 + SIGTERM, "\(screen.bytes)")
        #expect(screen.bytes.contains("\r\u{1B}[Kreading long-agreement.xml..."), "\(screen.bytes)")
        #expect(
            screen.bytes.hasSuffix("\r\u{1B}[K"), "the line is left on the screen: \(screen.bytes.suffix(80))"
        )
        #expect(!screen.bytes.contains("CLAUSE"))
        #expect(try workspace.run("agreement", "list", "--json").jsonArray().isEmpty)
    }
}
