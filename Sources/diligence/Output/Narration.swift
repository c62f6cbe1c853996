/// Whether the command's narration is printed: `serve --demo` builds the demo database without
/// its story, which `demo` tells.
enum Narration {
    @TaskLocal static var isQuiet = false
}

/// Prints like `Swift.print`, unless ``Narration/isQuiet``: the commands' lines go through here.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    guard !Narration.isQuiet else { return }
    Swift.print(items.map { "\($0)" }.joined(separator: separator), terminator: terminator)
}
