import ArgumentParser
import DiligenceStore
import Foundation

/// `diligence backup FILE`: a consistent copy of the database while it is in use.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file, consistently, even while the server runs.",
        discussion: """
            The copy is one snapshot of the database (log and records together), readable by its \
            owner only, and `diligence audit verify --db FILE` checks it. Keep the allegation key file \
            (beside the database, .key) safe separately: the copy does not hold it.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The new file to write; it must not exist.")
    var file: String

    func run() async throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw CommandFailure("\(file) exists already; give a new file name (nothing was written)")
        }
        let store = try global.store(create: false)
        try storeCall { try store.backup(to: file) }
        print("copied \(global.databasePath) to \(file)")
    }
}
