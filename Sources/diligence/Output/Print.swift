/// Writes to standard output as the standard library's `print` does, with control characters made
/// visible (``TerminalText``): every text command of the tool prints through this, so no name,
/// reason or answer reaches the terminal raw. Line breaks and tabs of the message are kept.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(TerminalText.visible(text, keepingLineBreaks: true), terminator: terminator)
}
