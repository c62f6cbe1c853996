public import Foundation

extension CoverageBand {
    /// The band of a share from 0 to 1, with the same edges as the counts: 0 is `none`, above 0
    /// up to and including 0.25 is `1-25`, and so on. A share outside 0...1 is taken at the edge.
    public init(share: Decimal) {
        switch min(max(share, 0), 1) {
        case 0: self = .none
        case ...Decimal(string: "0.25")!: self = .upTo25
        case ...Decimal(string: "0.5")!: self = .upTo50
        case ...Decimal(string: "0.75")!: self = .upTo75
        default: self = .upTo100
        }
    }
}
