import Foundation

/// Timing helpers: wall-clock seconds from a monotonic clock.
enum Measure {
    /// Seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Seconds `body` takes, awaited.
    static func secondsAwaited(_ body: () async throws -> Void) async rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The median of `runs` timings of `body`.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var timings: [Double] = []
        for _ in 0..<runs { timings.append(try seconds(body)) }
        return timings.sorted()[timings.count / 2]
    }
}

/// Rounds for JSON output.
func rounded(_ value: Double, _ places: Int = 1) -> Double {
    let factor = pow(10, Double(places))
    return (value * factor).rounded() / factor
}
