import Configuration
import DiligenceApp
import Foundation
import Yams

/// Reads the server's settings from one YAML file (`--config`, else `diligence.yaml` when it
/// exists) and the environment, which wins: `server.port` in the file is `DILIGENCE_SERVER_PORT`
/// in the environment. Every key is known and checked: a mistyped key or a bad value is refused
/// with the file, line and column (or the variable) and what is expected.
public enum ServerConfiguration {
    /// A key of the configuration: its dotted name, what it takes, and how it sets the settings.
    struct Key: Sendable {
        var name: String
        var expected: String
        var apply: @Sendable (String, inout ServerSettings) -> Bool
    }

    /// Every key: the server's and the mail server's (`smtp.*`).
    static var keys: [Key] { serverKeys + mailKeys }

    static let serverKeys: [Key] = [
        Key(name: "server.host", expected: "a host name or IP address, such as 127.0.0.1") {
            value, settings in
            guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || ".:-_".contains($0) })
            else {
                return false
            }
            settings.host = value
            return true
        },
        Key(name: "server.port", expected: "a port number from 0 to 65535") { value, settings in
            guard let port = Int(value), (0...65535).contains(port) else { return false }
            settings.port = port
            return true
        },
        Key(
            name: "server.public_url",
            expected: "an http or https address, such as https://diligence.example.org"
        ) { value, settings in
            guard let url = URL(string: value), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                url.host != nil
            else { return false }
            settings.publicURL = url
            return true
        },
        Key(name: "database", expected: "the path of the SQLite database file") { value, settings in
            guard !value.isEmpty else { return false }
            settings.database = value
            return true
        },
        Key(name: "key_file", expected: "the path of the allegation key file") { value, settings in
            guard !value.isEmpty else { return false }
            settings.keyFile = value
            return true
        },
        Key(name: "signing_key_file", expected: "the path of the installation's signing key file") {
            value, settings in
            guard !value.isEmpty else { return false }
            settings.signingKeyFile = value
            return true
        },
        Key(name: "checkpoints.directory", expected: "the folder scheduled checkpoints are written to") {
            value, settings in
            guard !value.isEmpty else { return false }
            settings.checkpointDirectory = value
            return true
        },
        Key(name: "checkpoints.every", expected: "a time such as 30m, 6h or 1d (from 1 minute to 366 days)") {
            value, settings in
            guard let interval = CheckpointSchedule.interval(value) else { return false }
            settings.checkpointEvery = interval
            return true
        },
        Key(name: "sessions.idle_minutes", expected: "a number of minutes from 1 to 1440") {
            value, settings in
            guard let minutes = Int(value), (1...1440).contains(minutes) else { return false }
            settings.idleTimeout = TimeInterval(minutes * 60)
            return true
        },
        Key(name: "sign_in.bcrypt_cost", expected: "a bcrypt cost from 4 to 16 (12 by default)") {
            value, settings in
            guard let cost = Int(value), (4...16).contains(cost) else { return false }
            settings.signIn.bcryptCost = cost
            return true
        },
        Key(name: "sign_in.account_free_failures", expected: "a count from 1 to 100") { value, settings in
            guard let count = Int(value), (1...100).contains(count) else { return false }
            settings.signIn.accountFreeFailures = count
            return true
        },
        Key(name: "sign_in.account_first_delay_seconds", expected: "a number of seconds from 1 to 3600") {
            value, settings in
            guard let seconds = Int(value), (1...3600).contains(seconds) else { return false }
            settings.signIn.accountFirstDelay = TimeInterval(seconds)
            return true
        },
        Key(name: "sign_in.address_first_delay_seconds", expected: "a number of seconds from 1 to 86400") {
            value, settings in
            guard let seconds = Int(value), (1...86400).contains(seconds) else { return false }
            settings.signIn.addressFirstDelay = TimeInterval(seconds)
            return true
        },
        Key(name: "sign_in.account_max_delay_seconds", expected: "a number of seconds from 1 to 3600") {
            value, settings in
            guard let seconds = Int(value), (1...3600).contains(seconds) else { return false }
            settings.signIn.accountMaximumDelay = TimeInterval(seconds)
            return true
        },
        Key(name: "sign_in.address_free_failures", expected: "a count from 1 to 10000") { value, settings in
            guard let count = Int(value), (1...10000).contains(count) else { return false }
            settings.signIn.addressFreeFailures = count
            return true
        },
        Key(name: "sign_in.address_max_delay_seconds", expected: "a number of seconds from 1 to 86400") {
            value, settings in
            guard let seconds = Int(value), (1...86400).contains(seconds) else { return false }
            settings.signIn.addressMaximumDelay = TimeInterval(seconds)
            return true
        },
    ]

    /// The environment variable of a key: `server.port` is `DILIGENCE_SERVER_PORT`.
    public static func variable(_ key: String) -> String {
        "DILIGENCE_" + key.replacingOccurrences(of: ".", with: "_").uppercased()
    }

    /// Reads the settings from `file` (none: only the environment) and `environment`, over
    /// `defaults`.
    public static func load(
        file: String?, environment: [String: String], defaults: ServerSettings = ServerSettings()
    ) throws(ConfigurationError) -> ServerSettings {
        var fileValues: [AbsoluteConfigKey: ConfigValue] = [:]
        var locations: [String: String] = [:]
        if let file {
            for entry in try ConfigurationFile.read(file) {
                guard keys.contains(where: { $0.name == entry.key }) else {
                    let known = keys.map(\.name).joined(separator: ", ")
                    throw ConfigurationError(
                        "\(entry.location): \"\(entry.key)\" is not a setting of diligence serve; the settings are \(known)"
                    )
                }
                fileValues[AbsoluteConfigKey(ConfigKey(entry.key))] = ConfigValue(
                    .string(entry.value), isSecret: false)
                locations[entry.key] = entry.location
            }
        }
        let prefixed = Dictionary(
            uniqueKeysWithValues: keys.compactMap { key in
                environment[variable(key.name)].map { (key.name, $0) }
            })
        let reader = ConfigReader(providers: [
            InMemoryProvider(
                name: "environment",
                values: prefixed.reduce(into: [:]) {
                    $0[AbsoluteConfigKey(ConfigKey($1.key))] = ConfigValue(.string($1.value), isSecret: false)
                }),
            InMemoryProvider(name: "file", values: fileValues),
        ])
        var settings = defaults
        for key in keys {
            guard let value = reader.string(forKey: ConfigKey(key.name)) else { continue }
            if !key.apply(value.trimmingCharacters(in: .whitespaces), &settings) {
                let source =
                    prefixed[key.name] != nil
                    ? "the environment variable \(variable(key.name))"
                    : "\(locations[key.name] ?? "the configuration"): \(key.name)"
                throw ConfigurationError("\(source): \"\(value)\" is not valid; give \(key.expected)")
            }
        }
        return settings
    }
}

/// A configuration the server cannot run with, in a user's words, located.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and where.
    public var message: String

    init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// The configuration file's settings, flattened to dotted keys with where each was written.
enum ConfigurationFile {
    struct Entry {
        var key: String
        var value: String
        var location: String
    }

    /// The largest configuration file read.
    static let maximumBytes = 64 * 1024

    static func read(_ path: String) throws(ConfigurationError) -> [Entry] {
        let url = URL(fileURLWithPath: path)
        let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
        guard FileManager.default.fileExists(atPath: path) else {
            throw ConfigurationError("\(path): there is no configuration file here")
        }
        guard values?.isRegularFile == true, (values?.fileSize ?? 0) <= maximumBytes,
            let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else {
            throw ConfigurationError(
                "\(path): cannot be read as a configuration file (a UTF-8 text file of at most 64 KB)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationError("\(path): this file is not valid YAML: \(error)")
        } catch {
            throw ConfigurationError("\(path): this file is not valid YAML")
        }
        guard let root else { return [] }
        var entries: [Entry] = []
        try flatten(root, prefix: "", path: path, into: &entries)
        return entries
    }

    private static func flatten(_ node: Node, prefix: String, path: String, into entries: inout [Entry])
        throws(ConfigurationError)
    {
        let location = "\(path):\(node.mark?.line ?? 1):\(node.mark?.column ?? 1)"
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.string, !name.isEmpty else {
                    throw ConfigurationError("\(location): a setting's name must be text")
                }
                try flatten(
                    value, prefix: prefix.isEmpty ? name : prefix + "." + name, path: path, into: &entries)
            }
        case .scalar(let scalar):
            guard !prefix.isEmpty else {
                throw ConfigurationError(
                    "\(location): the file must hold settings such as \"server:\" with \"port: 8080\" under it"
                )
            }
            entries.append(Entry(key: prefix, value: scalar.string, location: location))
        default:
            throw ConfigurationError("\(location): \(prefix) takes one value, not a list")
        }
    }
}
