extension SingleValueDecodingContainer {
    /// Decodes a string and reads it with `read`, as values written as their text decode
    /// (``LocalDate``, ``CalendarDuration``); a string `read` refuses is corrupt data,
    /// `TEXT is not WHAT`.
    func decode<Value>(text what: String, _ read: (String) -> Value?) throws -> Value {
        let text = try decode(String.self)
        guard let value = read(text) else {
            throw DecodingError.dataCorruptedError(in: self, debugDescription: "\(text) is not \(what)")
        }
        return value
    }
}
