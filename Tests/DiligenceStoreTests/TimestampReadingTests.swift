import DiligenceStore
import Foundation
import Testing

/// The store's own timestamps are read digit by digit; the instant is exactly the one the
/// general reading gives, and text of any other shape still goes through the general reading.
@Suite struct TimestampReadingTests {
    @Test(arguments: [
        0.0, 1_767_258_000.12, 1_767_258_002.999, 1_798_761_599.001, 4_102_444_799.5, 951_782_400.25,
    ])
    func theStoresOwnTextReadsAsTheGeneralReadingDoes(seconds: Double) throws {
        let text = Timestamp.format(Timestamp.truncated(Date(timeIntervalSince1970: seconds)))
        let own = try #require(Timestamp.parse(text))
        // A space for the `T`: the same instant, read by the general path.
        let general = try #require(Timestamp.parse(text.replacingOccurrences(of: "T", with: " ")))
        #expect(own == general)
        #expect(Timestamp.format(own) == text)
    }

    @Test(arguments: [
        "2026-02-30T10:00:00.000Z", "2026-01-01T24:00:00.000Z", "2026-01-01T10:60:00.000Z",
        "2026-01-0xT10:00:00.000Z", "not a time",
    ])
    func anImpossibleOrOtherTextIsNotReadAsTheStoresOwn(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }
}
