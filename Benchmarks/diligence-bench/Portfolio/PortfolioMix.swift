import DiligenceCore
import DiligenceStore
import Foundation

/// The mix of a generated portfolio: where partners are, what they are, and how far each has come,
/// drawn from a seeded generator so the same count gives the same portfolio.
enum PortfolioMix {
    static let countries = ["KE", "CO", "JO", "MW", "NE", "UG", "SN", "PH", "BD", "HT"]

    /// The partner types, weighted: most partners are NGOs and civil-society organisations.
    static let types: [PartnerType] = [.ngo, .ngo, .ngo, .cso, .cso, .cso, .ingo, .government]

    /// The id the store gives the partner registered `index`-th (from 0).
    static func partnerID(_ index: Int) -> String { String(format: "P-%04d", index + 1) }

    /// How far a partner's story goes, with the share of partners it is drawn for.
    enum Reach: CaseIterable {
        /// Registered; no assessment yet (8%).
        case registered
        /// Its assessment started and sent to the partner, partly answered (8%).
        case answering
        /// Submitted and under review, partly rated (6%).
        case inReview
        /// Assessed and engaged: training, agreement, flags as drawn (78%).
        case assessed

        static func draw(_ random: inout SeededRandom) -> Reach {
            switch random.unit() {
            case ..<0.08: .registered
            case ..<0.16: .answering
            case ..<0.22: .inReview
            default: .assessed
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), seeded by a partner's index.
struct SeededRandom {
    private var state: UInt64

    init(seed: Int) { state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// An integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// Whether an event of probability `p` happens.
    mutating func chance(_ p: Double) -> Bool { unit() < p }
}
