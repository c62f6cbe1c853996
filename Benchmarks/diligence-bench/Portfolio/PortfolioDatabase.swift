import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// The generated portfolio a figures command (`--scale-figures`, `--work-figures`) measures on.
enum PortfolioDatabase {
    /// The path after `--db` in `arguments`, and the store opened on it; `option` (the command's
    /// own option) names the command in the error when `--db` is missing.
    static func open(_ arguments: [String], for option: String) throws -> (
        path: String, store: DiligenceStore
    ) {
        guard let index = arguments.firstIndex(of: "--db"), let db = arguments.dropFirst(index + 1).first
        else {
            throw PortfolioError("diligence-bench \(option) --db PATH (a portfolio made with --portfolio)")
        }
        return (db, try StoreOpening.open(db, create: false, logger: Logger(label: "bench")))
    }

    /// Prints `report` as JSON, its keys sorted.
    static func print(_ report: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
