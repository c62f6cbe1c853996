import Foundation
import Testing

/// A negative number given to an option is a value the command refuses in words, not an unknown
/// option (`--count -1` said "Missing value for '--count'").
@Suite struct NegativeNumberTests {
    @Test func aNegativeCountIsRefusedAsACount() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let result = try workspace.training(["personnel", partner, "--category", "staff", "--count", "-1"])
        #expect(result.exitCode != 0, "\(result)")
        #expect(!result.stderr.contains("Missing value"), "\(result)")
        #expect(result.stderr.contains("-1"), "\(result)")
    }

    @Test func aNegativeYearIsRefusedAsAYear() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        let result = try workspace.run([
            "audit", "indicators", "--year", "-5", "--as", "amina", "--role", "programme_officer",
        ])
        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains("--year \"-5\" is not a year"), "\(result)")
    }
}
