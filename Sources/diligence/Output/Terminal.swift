import Foundation

/// Writing to the terminal: results on stdout, problems on stderr.
enum Terminal {
    /// Prints a line on stderr, as `error: message`.
    static func error(_ message: String, prefix: Bool = true) {
        let message = TerminalText.visible(message, keepingLineBreaks: true)
        let text = (prefix ? "error: " : "") + message + (message.hasSuffix("\n") ? "" : "\n")
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints a line on stderr as is.
    static func note(_ message: String) {
        FileHandle.standardError.write(
            Data((TerminalText.visible(message, keepingLineBreaks: true) + "\n").utf8))
    }

    /// True when stdout is a terminal (for progress and colour decisions).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// True when stderr is a terminal (progress goes there, never into pipes).
    static var isErrorInteractive: Bool { isatty(STDERR_FILENO) == 1 }

    /// The width of the terminal on stderr, in columns (`nil` when it does not say).
    static var errorColumns: Int? {
        var size = winsize()
        let status = withUnsafeMutablePointer(to: &size) { ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), $0) }
        guard status == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
