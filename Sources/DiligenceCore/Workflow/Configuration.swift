/// The set of active states of an instance, as a bit set over the definition's state indices.
public struct Configuration: Hashable, Sendable {
    private var words: [UInt64]

    /// An empty configuration for a definition with `stateCount` states.
    public init(stateCount: Int) {
        words = [UInt64](repeating: 0, count: (stateCount + 63) / 64)
    }

    /// True when the state is active.
    @inline(__always)
    public func contains(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Marks a state active.
    public mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// Marks a state inactive.
    public mutating func remove(_ index: Int) {
        words[index >> 6] &= ~(1 << UInt64(index & 63))
    }

    /// Adds every state of another set.
    public mutating func formUnion(_ other: Configuration) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    /// True when the two sets share a state.
    public func intersects(_ other: Configuration) -> Bool {
        for index in words.indices where words[index] & other.words[index] != 0 { return true }
        return false
    }

    /// The active state indices in ascending (document) order.
    public var indices: [Int] {
        var result: [Int] = []
        for (wordIndex, word) in words.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                let bit = rest.trailingZeroBitCount
                result.append(wordIndex * 64 + bit)
                rest &= rest - 1
            }
        }
        return result
    }
}
