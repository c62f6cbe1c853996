/// Whether the command's narration is printed: `serve --demo` builds the demo database without
/// its story, which `demo` tells.
enum Narration {
    @TaskLocal static var isQuiet = false
}

/// Prints like `Swift.print`, unless ``Narration/isQuiet``: the commands' lines go through here,
/// with control characters made visible (``TerminalText``), so no name, reason or answer reaches
/// the terminal raw. Line breaks and tabs of the message are kept.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    guard !Narration.isQuiet else { return }
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(TerminalText.visible(text, keepingLineBreaks: true), terminator: terminator)
}
