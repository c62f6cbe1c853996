import Foundation
import Synchronization

/// The progress line's bytes on stderr, kept in order with the signal handler that clears the
/// line when the process is interrupted.
///
/// The import draws its line from whichever thread does the work, and the signal may be handled on
/// another. Without this, a line drawn after the handler cleared it (the next percentage) stayed
/// on the screen under the shell's prompt. Drawing blocks the two signals on its own thread and
/// marks itself under way; the handler marks the process ending, waits for a line under way to be
/// written, then clears it. Once ending, nothing more is drawn. Only atomics and `write(2)`: both
/// safe in a signal handler.
enum TerminalLine {
    /// A line is being written to stderr.
    private static let drawing = Atomic<Bool>(false)
    /// A signal is ending the process: nothing more is drawn.
    private static let ending = Atomic<Bool>(false)

    /// Writes `bytes` to stderr unless the process is ending.
    static func draw(_ bytes: String) {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        var before = sigset_t()
        pthread_sigmask(SIG_BLOCK, &signals, &before)
        defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
        drawing.store(true, ordering: .sequentiallyConsistent)
        defer { drawing.store(false, ordering: .sequentiallyConsistent) }
        guard !ending.load(ordering: .sequentiallyConsistent) else { return }
        var bytes = bytes
        bytes.withUTF8 { write(all: $0) }
    }

    /// Called from the signal handler: stops all drawing, waits for a line under way on another
    /// thread (the handler's own thread has the signals blocked while it draws, so it is never
    /// the one waited for), and clears the line.
    static func end() {
        ending.store(true, ordering: .sequentiallyConsistent)
        while drawing.load(ordering: .sequentiallyConsistent) {}
        let clearing: StaticString = "\r\u{1B}[K"
        clearing.withUTF8Buffer { write(all: $0) }
    }

    /// Writes every byte of `buffer` to stderr, as a terminal may take a long line in parts.
    private static func write(all buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
