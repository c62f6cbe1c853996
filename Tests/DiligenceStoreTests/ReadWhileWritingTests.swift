import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

/// Reads go through a pool of WAL readers: a read in the same process does not wait for a write
/// transaction to end.
@Suite struct ReadWhileWritingTests {
    @Test func aReadCompletesWhileAWriteTransactionIsOpen() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let definitions = AssessmentFixtures.definitions()
        _ = try store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        let writing = DispatchSemaphore(value: 0)
        let read = DispatchSemaphore(value: 0)
        let partners = LockedBox<[String]>([])
        Thread.detachNewThread {
            writing.wait()
            partners.value = (try? store.partners().map(\.id)) ?? []
            read.signal()
        }
        let readWhileWriting = try store.transaction { _ in
            writing.signal()
            // Bounded: a store whose reads queue behind its writes would time out here.
            return read.wait(timeout: .now() + 30) == .success
        }
        #expect(readWhileWriting)
        #expect(partners.value == ["P-0001"])
    }
}

/// A value shared between threads.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    /// Changes the value under the lock in one step (`value.append` would read and write it in two,
    /// losing what another thread wrote between them).
    func modify(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
