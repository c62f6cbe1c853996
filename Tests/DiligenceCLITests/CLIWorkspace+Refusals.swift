import Testing

/// A refused command, as the suites that write records check it.
extension CLIWorkspace {
    /// Runs `body` and checks it exits `code` with `message` on stderr, prints nothing on stdout
    /// and writes nothing: the record events and the records stay as they were.
    func expectRefused(
        code: Int32 = 1, _ message: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () throws -> CLIResult
    ) throws {
        let events = try SQLiteFile.strings(SQLiteFile.recordEventCount, at: database)
        let records = try SQLiteFile.strings("SELECT value FROM record ORDER BY subject", at: database)
        let result = try body()
        #expect(result.exitCode == code, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result)", sourceLocation: sourceLocation)
        #expect(
            try SQLiteFile.strings(SQLiteFile.recordEventCount, at: database) == events,
            sourceLocation: sourceLocation)
        #expect(
            try SQLiteFile.strings("SELECT value FROM record ORDER BY subject", at: database) == records,
            sourceLocation: sourceLocation)
    }
}
