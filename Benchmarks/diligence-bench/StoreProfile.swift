import DiligenceCore
import DiligenceStore
import Foundation

/// `--store-profile FIGURE COUNT`: one of the committed-transition figures alone, on disk with
/// `synchronous=NORMAL`, `COUNT` times, without the audit at the end: a run to profile under
/// callgrind (the instructions per transition are the difference of two runs' totals over the
/// difference of their counts).
enum StoreProfile {
    /// The figures that can be run alone.
    static let figures = ["manual", "shipped", "raw", "rows"]

    static func run(
        figure: String, count: Int, manual: DefinitionSet, shipped: DefinitionSet, directory: URL
    ) throws {
        let now = Date()
        switch figure {
        case "manual":
            let store = try StoreBenchmark.openStore("manual", durability: .normal, directory: directory)
            try StoreBenchmark.prepareManual(store, definitions: manual, now: now)
            let manager = Actor(user: "bench", role: "manager")
            for index in 0..<count {
                _ = try store.send(
                    subject: "P-0001", event: index % 2 == 0 ? "suspend" : "resume",
                    assignments: index % 2 == 0 ? [(field: "suspension_reason", value: "audit finding")] : [],
                    actor: manager, definitions: manual, now: now)
            }
        case "shipped":
            let store = try StoreBenchmark.openStore("shipped", durability: .normal, directory: directory)
            try ShippedPartner.prepare(store, definitions: shipped, start: now)
            for index in 0..<count {
                _ = try store.send(
                    subject: "P-0001", event: ShippedPartner.events[index % 2], assignments: [],
                    actor: ShippedPartner.officer, definitions: shipped,
                    now: ShippedPartner.eventDate(start: now))
            }
        case "raw":
            try RawInserts(durability: .normal, directory: directory).insert(count)
        case "rows":
            var rows = try StoreRowWrites(durability: .normal, manual: manual, directory: directory)
            try rows.write(count)
        default:
            throw BenchmarkFailure(
                "--store-profile takes one of \(figures.joined(separator: ", ")), not \(figure)")
        }
    }
}
