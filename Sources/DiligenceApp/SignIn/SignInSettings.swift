public import Foundation

/// How signing in works: the bcrypt cost and the throttling of failed sign-ins. The server reads
/// them from its configuration; the defaults suit an office server.
public struct SignInSettings: Sendable, Hashable {
    /// The bcrypt cost of new password hashes (each step doubles the work).
    public var bcryptCost: Int
    /// Failed sign-ins of one account allowed before each further one waits.
    public var accountFreeFailures: Int
    /// The first wait on one account, doubled with each further failure.
    public var accountFirstDelay: TimeInterval
    /// The longest wait between tries on one account.
    public var accountMaximumDelay: TimeInterval
    /// Failed sign-ins from one address allowed before each further one waits.
    public var addressFreeFailures: Int
    /// The first wait for one address, doubled with each further failure.
    public var addressFirstDelay: TimeInterval
    /// The longest wait between tries from one address.
    public var addressMaximumDelay: TimeInterval

    /// Settings; the defaults slow a guesser down without locking anyone out: an account waits
    /// 1, 2, 4, ... seconds after its fifth failure (at most 30), an address after its
    /// twentieth (at most 15 minutes).
    public init(
        bcryptCost: Int = 12, accountFreeFailures: Int = 5, accountFirstDelay: TimeInterval = 1,
        accountMaximumDelay: TimeInterval = 30, addressFreeFailures: Int = 20,
        addressFirstDelay: TimeInterval = 1,
        addressMaximumDelay: TimeInterval = 900
    ) {
        self.bcryptCost = bcryptCost
        self.accountFreeFailures = accountFreeFailures
        self.accountFirstDelay = accountFirstDelay
        self.accountMaximumDelay = accountMaximumDelay
        self.addressFreeFailures = addressFreeFailures
        self.addressFirstDelay = addressFirstDelay
        self.addressMaximumDelay = addressMaximumDelay
    }

    /// How long after the last of `failures` failures the next try must wait (0 for none).
    static func delay(after failures: Int, free: Int, first: TimeInterval = 1, maximum: TimeInterval)
        -> TimeInterval
    {
        guard failures >= free else { return 0 }
        let doublings = min(failures - free, 30)
        return min(first * pow(2, Double(doublings)), maximum)
    }
}
