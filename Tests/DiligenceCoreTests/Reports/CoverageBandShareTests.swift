import DiligenceCore
import Foundation
import Testing

/// The band of a share uses the same inclusive upper edges as the band of counts.
@Suite struct CoverageBandShareTests {
    @Test(arguments: [
        ("0", CoverageBand.none), ("0.004", .upTo25), ("0.25", .upTo25), ("0.254", .upTo50), ("0.5", .upTo50),
        ("0.75", .upTo75), ("0.7501", .upTo100), ("1", .upTo100), ("1.5", .upTo100), ("-0.1", .none),
    ])
    func bands(_ share: String, _ band: CoverageBand) {
        #expect(CoverageBand(share: Decimal(string: share)!) == band)
    }

    @Test func sharesAndCountsAgree() {
        for inScope in 1...12 {
            for trained in 0...inScope {
                let share = Decimal(trained) / Decimal(inScope)
                #expect(CoverageBand(share: share) == CoverageBand(trained: trained, inScope: inScope))
            }
        }
    }
}
