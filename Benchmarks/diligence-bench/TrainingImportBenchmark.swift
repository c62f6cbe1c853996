import DiligenceCore
import DiligenceStore
import Foundation
import GRDB
import Logging

/// The training import on one partner as its record grows (`scripts/bench-training-import`): each
/// sheet (`rows` rows, every row its own session) read and imported into a real SQLite file, beside
/// the baseline of the same rows inserted plainly into a table of another file in one transaction.
enum TrainingImportBenchmark {
    /// The seconds of each sheet's import and of its baseline.
    struct Sheet {
        var number: Int
        var importSeconds: Double
        /// The part of the import that held the write lock (from its write transaction's start).
        var lockSeconds: Double
        var baselineSeconds: Double
    }

    static func run(sheets: Int, rows: Int, definitions: DefinitionSet, directory: URL) throws -> [Sheet] {
        let store = try DiligenceStore(
            path: directory.appendingPathComponent("training.sqlite").path, create: true,
            logger: Logger(label: "bench"))
        let now = Date()
        let partner = try store.registerPartner(
            name: "Training Partner", country: "KE", type: .ngo,
            actor: Actor(user: "bench", role: "programme_officer"), definitions: definitions, now: now)
        let focalPoint = Actor(user: "bench.focal", role: "psea_focal_point")
        let baseline = try DatabaseQueue(path: directory.appendingPathComponent("baseline.sqlite").path)
        try baseline.write { db in
            try db.execute(
                sql:
                    "CREATE TABLE training_row (date TEXT, course TEXT, provider TEXT, category TEXT, people INTEGER)"
            )
        }
        let writing = WriteStart()
        store.hooks.onTrainingChange { phase in
            if phase == .writing { writing.mark() }
        }
        var results: [Sheet] = []
        for number in 1...sheets {
            let text = csv(sheet: number, rows: rows)
            let importStarted = Date()
            let sheet = try AttendanceSheet.read(text)
            _ = try store.changeTraining(
                partner: partner.id, change: .trainings(sheet.records), imported: true, actor: focalPoint,
                definitions: definitions, now: now)
            let importEnded = Date()
            let importSeconds = importEnded.timeIntervalSince(importStarted)
            let lockSeconds = importEnded.timeIntervalSince(writing.last ?? importStarted)
            let baselineStarted = Date()
            try baseline.write { db in
                for line in text.split(separator: "\n").dropFirst() {
                    let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    try db.execute(
                        sql: "INSERT INTO training_row VALUES (?, ?, ?, ?, ?)",
                        arguments: [cells[0], cells[1], cells[2], cells[3], Int(cells[4])])
                }
            }
            results.append(
                Sheet(
                    number: number, importSeconds: importSeconds, lockSeconds: lockSeconds,
                    baselineSeconds: Date().timeIntervalSince(baselineStarted)))
        }
        return results
    }

    /// Sheet `number`: `rows` rows, each a session of one member of staff with its own provider.
    static func csv(sheet number: Int, rows: Int) -> String {
        var text = "date,course,provider,category,people\n"
        for row in 1...rows {
            text += "2025-06-01,PSEA basics,Provider \(number)-\(row),staff,1\n"
        }
        return text
    }
}

/// When the last write transaction of a training change began.
final class WriteStart: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date?
    func mark() { lock.withLock { date = Date() } }
    var last: Date? { lock.withLock { date } }
}
