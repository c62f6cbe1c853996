/// Who of one personnel category attended a training: a number of people not named, and named
/// people. Named people are counted once however often they are listed.
public struct Attendance: Hashable, Sendable {
    /// People counted without names.
    public var unnamedCount: Int
    /// The names of people listed by name, as written.
    public var names: [String]

    /// Creates an attendance.
    public init(unnamedCount: Int = 0, names: [String] = []) {
        self.unnamedCount = unnamedCount
        self.names = names
    }

    /// A name as coverage compares it: spaces trimmed and collapsed, case ignored.
    public static func identity(of name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
