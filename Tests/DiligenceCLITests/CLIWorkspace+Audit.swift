import Testing

extension CLIWorkspace {
    /// Changes the database behind the log's back with `sql`, then runs `audit verify`, which must
    /// fail (exit code 1); its result tells what it found.
    func auditVerifyAfterTampering(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> CLIResult
    {
        try SQLiteFile.execute(sql, at: database)
        let result = try run("audit", "verify")
        #expect(result.exitCode == 1, "\(result)", sourceLocation: sourceLocation)
        return result
    }
}
