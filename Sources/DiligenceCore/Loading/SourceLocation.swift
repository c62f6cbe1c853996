/// A position in a definition file: the file's path, a 1-based line and a 1-based column.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The path of the file as it was given to the loader (relative paths stay relative).
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }

    /// The location `offset` Unicode scalars further along `text`, which starts at this location.
    ///
    /// Used to point inside a guard expression: the expression's text starts at the scalar's
    /// location, and an error found at character `offset` of it is reported at the right column
    /// (and line, when the text spans several lines).
    public func advanced(by offset: Int, in text: String) -> SourceLocation {
        var line = self.line
        var column = self.column
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
