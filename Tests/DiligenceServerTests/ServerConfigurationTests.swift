import DiligenceApp
import Foundation
import Testing

@testable import DiligenceServer

/// The server's settings: a YAML file and the environment over the defaults; every mistake
/// refused with where it is and what is expected.
@Suite struct ServerConfigurationTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func file(_ text: String) throws -> String {
        let url = directory.appendingPathComponent("diligence.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func theDefaultsServeTheLocalDatabaseOnPort8080() throws {
        let settings = try ServerConfiguration.load(file: nil, environment: [:])
        #expect(settings == ServerSettings())
        #expect(settings.host == "127.0.0.1" && settings.port == 8080 && settings.idleTimeout == 1800)
        #expect(settings.signIn.bcryptCost == 12)
        #expect(!settings.secureCookies)
    }

    @Test func theFileSetsAndTheEnvironmentWins() throws {
        let path = try file(
            """
            server:
              host: 0.0.0.0
              port: 9090
              public_url: https://diligence.example.org
            database: office.sqlite
            sessions:
              idle_minutes: 15
            sign_in:
              bcrypt_cost: 10
            """)
        let settings = try ServerConfiguration.load(
            file: path, environment: ["DILIGENCE_SERVER_PORT": "7070"])
        #expect(settings.host == "0.0.0.0")
        #expect(settings.port == 7070)
        #expect(settings.database == "office.sqlite")
        #expect(settings.idleTimeout == 900)
        #expect(settings.signIn.bcryptCost == 10)
        #expect(settings.secureCookies)
    }

    @Test func checkpointsAreScheduledByTheFile() throws {
        let path = try file(
            "checkpoints:\n  directory: /srv/checkpoints\n  every: 6h\nsigning_key_file: /srv/k\n")
        let settings = try ServerConfiguration.load(file: path, environment: [:])
        #expect(
            settings.checkpointSchedule == CheckpointSchedule(directory: "/srv/checkpoints", every: 6 * 3600))
        #expect(settings.signingKeyFile == "/srv/k")
        #expect(try ServerConfiguration.load(file: nil, environment: [:]).checkpointSchedule == nil)
        let daily = try ServerConfiguration.load(
            file: nil, environment: ["DILIGENCE_CHECKPOINTS_DIRECTORY": "/srv/c"])
        #expect(daily.checkpointSchedule?.every == 86_400)
    }

    @Test(arguments: [
        (
            "checkpoints:\n  every: 2w\n",
            "diligence.yaml:2:10: checkpoints.every: \"2w\" is not valid; give a time such as 30m, 6h or 1d (from 1 minute to 366 days)"
        ),
        (
            "server:\n  prot: 8080\n",
            "diligence.yaml:2:9: \"server.prot\" is not a setting of diligence serve"
        ),
        (
            "server:\n  port: eighty\n",
            "diligence.yaml:2:9: server.port: \"eighty\" is not valid; give a port number from 0 to 65535"
        ),
        (
            "sign_in:\n  bcrypt_cost: 40\n",
            "diligence.yaml:2:16: sign_in.bcrypt_cost: \"40\" is not valid; give a bcrypt cost from 4 to 16"
        ),
        (
            "server:\n  public_url: ftp://x\n",
            "diligence.yaml:2:15: server.public_url: \"ftp://x\" is not valid"
        ),
        ("server:\n  port: [1, 2]\n", "diligence.yaml:2:9: server.port takes one value, not a list"),
        ("server: [\n", "diligence.yaml: this file is not valid YAML"),
        ("just text\n", "the file must hold settings"),
    ])
    func aBadFileIsRefusedWithItsLineAndColumn(text: String, message: String) throws {
        let path = try file(text)
        #expect {
            try ServerConfiguration.load(file: path, environment: [:])
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func aBadEnvironmentVariableIsNamed() {
        #expect {
            try ServerConfiguration.load(file: nil, environment: ["DILIGENCE_SESSIONS_IDLE_MINUTES": "0"])
        } throws: { error in
            "\(error)"
                == "the environment variable DILIGENCE_SESSIONS_IDLE_MINUTES: \"0\" is not valid; give a number of minutes from 1 to 1440"
        }
    }

    @Test func aMissingOrUnreadableFileIsRefused() throws {
        #expect {
            try ServerConfiguration.load(
                file: directory.appendingPathComponent("none.yaml").path, environment: [:])
        } throws: { "\($0)".contains("there is no configuration file here") }
        #expect { try ServerConfiguration.load(file: directory.path, environment: [:]) } throws: {
            "\($0)".contains("cannot be read as a configuration file")
        }
    }
}
