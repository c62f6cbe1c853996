/// The set of active states of an instance, as a bit set over the definition's state indices.
///
/// The first 64 states live inline, so workflows of ordinary size never allocate for a set.
public struct Configuration: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: [UInt64]

    /// An empty configuration for a definition with `stateCount` states.
    public init(stateCount: Int) {
        high = stateCount > 64 ? [UInt64](repeating: 0, count: (stateCount - 1) / 64) : []
    }

    /// True when the state is active.
    @inline(__always)
    public func contains(_ index: Int) -> Bool {
        index < 64 ? low & (1 << UInt64(index)) != 0 : high[(index >> 6) - 1] & (1 << UInt64(index & 63)) != 0
    }

    /// Marks a state active.
    public mutating func insert(_ index: Int) {
        if index < 64 {
            low |= 1 << UInt64(index)
        } else {
            high[(index >> 6) - 1] |= 1 << UInt64(index & 63)
        }
    }

    /// Marks a state inactive.
    public mutating func remove(_ index: Int) {
        if index < 64 {
            low &= ~(1 << UInt64(index))
        } else {
            high[(index >> 6) - 1] &= ~(1 << UInt64(index & 63))
        }
    }

    /// Adds every state of another set.
    public mutating func formUnion(_ other: Configuration) {
        low |= other.low
        for index in high.indices { high[index] |= other.high[index] }
    }

    /// True when the two sets share a state.
    public func intersects(_ other: Configuration) -> Bool {
        if low & other.low != 0 { return true }
        for index in high.indices where high[index] & other.high[index] != 0 { return true }
        return false
    }

    /// The active state indices in ascending (document) order.
    public var indices: [Int] {
        var result: [Int] = []
        forEachState { result.append($0) }
        return result
    }

    /// Calls `body` with each active state index in ascending order, without allocating.
    @inline(__always)
    public func forEachState(_ body: (Int) throws -> Void) rethrows {
        var rest = low
        while rest != 0 {
            try body(rest.trailingZeroBitCount)
            rest &= rest - 1
        }
        for (wordIndex, word) in high.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                try body((wordIndex + 1) * 64 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }
}
