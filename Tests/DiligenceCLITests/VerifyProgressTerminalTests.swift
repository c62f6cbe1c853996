import Foundation
import Testing

/// `audit verify` on a real terminal: the log's progress drawn in place, then cleared before the
/// result; never drawn into a pipe.
extension ImportProgressTerminalTests {
    @Test(.enabled(if: script != nil, "needs script(1) from util-linux to run the CLI in a pseudo-terminal"))
    func verifyingTheLogShowsItsProgressAndClearsIt() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        for index in 0..<4 { _ = try workspace.addPartner("Partner \(index)") }
        let screen = try onTerminal(try command("audit verify"), in: workspace)
        #expect(screen.exitCode == 0, "\(screen.bytes)")
        let redraw = "\r\u{1B}[K"
        let drawn = screen.bytes.components(separatedBy: redraw + "verifying the log...").dropFirst()
        let percentages = drawn.compactMap { Int($0.drop { $0 == " " }.prefix { $0.isNumber }) }
        #expect(percentages.count >= 2 && percentages.last == 100, "\(screen.bytes)")
        #expect(percentages == percentages.sorted(), "\(percentages)")
        // Cleared before the result, which starts its own line.
        #expect(screen.bytes.contains(redraw + "the log is intact"), "\(screen.bytes)")
        let piped = try workspace.run("audit", "verify")
        #expect(!piped.stderr.contains("verifying the log"), "\(piped)")
    }
}
