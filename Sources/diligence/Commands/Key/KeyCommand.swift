import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence key`: the installation's signing key and the keys of the installations it trusts.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Show, rotate and exchange the Ed25519 keys that sign checkpoints and exports.",
        discussion: """
            The installation's private key is in a file readable by its owner only (--signing-key, \
            $DILIGENCE_SIGNING_KEY, else diligence-signing.key beside the database), created on first \
            need. Its public half, and every key it retired, are kept in the database so what they \
            signed still verifies. To accept another installation's exports, get its public key \
            (`diligence key show --public` there) and trust it here (`diligence key trust FILE`). \
            See docs/log-and-audit.md.
            """,
        subcommands: [ShowKey.self, ListKeys.self, RotateKey.self, TrustKey.self, DistrustKey.self])
}

/// Prints keys, as text or JSON.
enum KeyPrinter {
    static func json(_ entry: SigningKeyEntry) -> JSONValue {
        .object([
            "id": .string(entry.key.id), "public_key": .string(entry.key.base64),
            "origin": .string(entry.origin.rawValue), "status": .string(entry.status.rawValue),
            "label": .string(entry.label), "added_at": JSONOutput.time(entry.addedAt),
        ])
    }

    static func line(_ entry: SigningKeyEntry) -> String {
        let whose =
            entry.origin == .own
            ? "own" : "trusted: " + TerminalText.visible(entry.label, keepingLineBreaks: false)
        return "\(entry.key.id)  \(entry.status.rawValue)  \(whose)  since \(Timestamp.format(entry.addedAt))"
    }
}

/// `diligence key show [--public] [--json]`.
struct ShowKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the installation's signing key: its id and public key (created on first need).",
        discussion: "With --public, only the public key, the line another installation trusts.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var signing: SigningKeyOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Print only the public key (base64), to give to another installation.")
    var `public` = false

    func run() async throws {
        let service = try global.existingService()
        let file = signing.file(database: global.databasePath)
        let key = try await service.signingKey(file, by: try await acting.authenticateIfGiven(service))
        if `public` { return print(key.publicKey.base64) }
        guard let entry = try await service.signingKeys().first(where: { $0.key.id == key.publicKey.id })
        else {
            throw SigningError.unknownKey(key.publicKey.id)
        }
        if output.json {
            guard case .object(var members) = KeyPrinter.json(entry) else { return }
            members["file"] = .string(file.path)
            return JSONOutput.print(.object(members))
        }
        print(
            """
            key \(key.publicKey.id) (active since \(Timestamp.format(entry.addedAt)))
              public key: \(key.publicKey.base64)
              private key file: \(file.path)
            """)
    }
}

/// `diligence key list [--json]`.
struct ListKeys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the keys known here: own (active, retired) and trusted.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let service = try global.existingService()
        let keys = try await service.signingKeys()
        if output.json { return JSONOutput.print(.array(keys.map(KeyPrinter.json))) }
        if keys.isEmpty { return print("no keys yet: `diligence key show` creates the installation's key") }
        for key in keys { print(KeyPrinter.line(key)) }
    }
}

/// `diligence key rotate --as ADMIN`.
struct RotateKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Retire the signing key and make a new one (an administrator's act, logged).",
        discussion: """
            The retired public key stays in the database: checkpoints and exports it signed still \
            verify. Give the new public key to the installations that trust this one.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var signing: SigningKeyOptions
    @OptionGroup var acting: AdministratorOptions

    func run() async throws {
        let service = try global.existingService()
        let actor = try await acting.authenticate(service)
        let entry = try await service.rotateSigningKey(signing.file(database: global.databasePath), by: actor)
        print("key \(entry.key.id) is now the signing key; the previous one is retired")
        print("public key: \(entry.key.base64)")
    }
}

/// `diligence key trust FILE --entity NAME --as ADMIN` (or `--public-key BASE64`).
struct TrustKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Trust another installation's public key for the assessments it exports (logged).",
        discussion: """
            FILE holds the line `diligence key show --public` printed on the other installation; or give \
            it with --public-key. Example: diligence key trust unicef-kenya.pub --entity "UNICEF Kenya" --as admin
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions

    @Argument(help: "A file holding the other installation's public key.")
    var file: String?

    @Option(help: ArgumentHelp("The public key itself (base64).", valueName: "base64"))
    var publicKey: String?

    @Option(help: ArgumentHelp("Whose installation the key is, such as \"UNICEF Kenya\".", valueName: "name"))
    var entity: String

    func run() async throws {
        let (text, source): (String, String)
        switch (file, publicKey) {
        case (let file?, nil):
            let data = try CommandFile.read(file, maxBytes: 4096) { _ in
                "is larger than 4 KB; it is not a public key"
            }
            (text, source) = (String(decoding: data, as: UTF8.self), file)
        case (nil, let key?): (text, source) = (key, "--public-key")
        default:
            throw CommandFailure(
                "give the key as a FILE or with --public-key, one of the two", exitCode: .usage)
        }
        guard let key = PublicSigningKey(base64: text) else { throw SigningError.notAPublicKey(source) }
        let service = try global.existingService()
        let actor = try await acting.authenticate(service)
        let entry = try await service.trustSigningKey(key, label: entity, by: actor)
        print(
            "key \(entry.key.id) of \(TerminalText.visible(entry.label, keepingLineBreaks: false)) is trusted for imports"
        )
    }
}

/// `diligence key distrust ID --as ADMIN`.
struct DistrustKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distrust",
        abstract:
            "Withdraw trust from another installation's key: its exports are refused from now on (logged).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions

    @Argument(help: "The key's id, as `diligence key list` shows it.")
    var id: String

    func run() async throws {
        let service = try global.existingService()
        let actor = try await acting.authenticate(service)
        let entry = try await service.distrustSigningKey(id, by: actor)
        print(
            "key \(entry.key.id) of \(TerminalText.visible(entry.label, keepingLineBreaks: false)) is no longer trusted"
        )
    }
}
