import Foundation

/// Standard output written a chunk at a time: a long report (a line per partner) goes out as it
/// is made, never held whole in one string. Writes nothing while the narration is quiet
/// (``Narration/isQuiet``). What it is given must be safe to show already (``TerminalText``).
struct StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []
    private let isQuiet = Narration.isQuiet
    private static let chunk = 1 << 16

    init() { buffer.reserveCapacity(Self.chunk + 1024) }

    /// Adds `text`, writing out a full chunk.
    mutating func write(_ text: String) {
        guard !isQuiet else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Writes out what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        // What `print` buffered goes first.
        fflush(nil)
        try? FileHandle.standardOutput.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
