import Foundation
import Synchronization

/// The phases of an import on one line of stderr, each drawn over the one before ("reading
/// agreement.xml... 42%", "finding the PSEA clauses in 67,880 paragraphs... 7%", "recording..."),
/// and cleared before the results are printed. Only when stderr is a terminal: never into a pipe
/// or a file. The line is cut to the terminal's width, so redrawing it never leaves a wrapped
/// part behind.
final class ImportProgress {
    private let enabled: Bool
    private let width: Int
    private var drawn: String?
    private var drawnPhase: String?
    private var drawnPercent: Int?

    /// Draws nothing unless `enabled`.
    init(enabled: Bool) {
        self.enabled = enabled
        self.width = enabled ? Terminal.errorColumns ?? 80 : 80
    }

    /// Shows `phase`, with the share done when `done` of `of` is given. Called as often as the work
    /// goes (every paragraph); the line is redrawn only when the phase or the percentage changes.
    func show(_ phase: String, done: Int? = nil, of total: Int? = nil) {
        guard enabled else { return }
        var percent: Int?
        if let done, let total, total > 0 { percent = min(100, done * 100 / total) }
        guard phase != drawnPhase || percent != drawnPercent else { return }
        drawnPhase = phase
        drawnPercent = percent
        // A phase too long for the terminal is cut, keeping the percentage and the last column free.
        let share = percent.map { " \($0)%" } ?? ""
        let line =
            phase.count + 3 + share.count < width
            ? phase + "..." + share : String(phase.prefix(max(0, width - 2 - share.count))) + "…" + share
        guard line != drawn else { return }
        if drawn == nil { Self.clearOnInterrupt(true) }
        drawn = line
        TerminalLine.draw("\r\u{1B}[K\(TerminalText.visible(line, keepingLineBreaks: false))")
    }

    /// Clears the line (before the results or an error are printed).
    func clear() {
        guard enabled, drawn != nil else { return }
        drawn = nil
        drawnPhase = nil
        drawnPercent = nil
        TerminalLine.draw("\r\u{1B}[K")
        Self.clearOnInterrupt(false)
    }

    /// While a line is drawn, Ctrl-C (SIGINT) or SIGTERM clears it before the process ends as
    /// the signal says, so the shell's prompt starts on a clean line. A signal the shell set to be
    /// ignored (a background job's SIGINT) stays ignored. The handler only waits for a line being
    /// drawn on another thread, writes the clearing bytes and re-raises: all safe in a signal
    /// handler (``TerminalLine``).
    private static func clearOnInterrupt(_ on: Bool) {
        for signalNumber in [SIGINT, SIGTERM] {
            guard on else {
                signal(signalNumber, SIG_DFL)
                continue
            }
            let previous = signal(signalNumber) { received in
                TerminalLine.end()
                signal(received, SIG_DFL)
                raise(received)
            }
            if unsafeBitCast(previous, to: UInt.self) == unsafeBitCast(SIG_IGN, to: UInt.self) {
                signal(signalNumber, SIG_IGN)
            }
        }
    }

    /// `count` with its thousands grouped by commas ("67,880").
    static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (count < 0 ? "-" : "") + result
    }
}
