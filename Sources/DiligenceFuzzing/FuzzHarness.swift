public import Foundation

/// One parser exercised by the fuzzer: bytes in, the parser run on them, nothing returned.
///
/// A harness must never crash, hang or leak, whatever the bytes: a bad input is an error the
/// parser reports, not a trap. The same harnesses run under libFuzzer (`diligence-fuzz`, built with
/// `--sanitize=fuzzer`) and in the regression tests, which replay the seed corpora and every
/// input that once crashed.
public struct FuzzHarness: Sendable {
    /// The harness's name, as `diligence-fuzz --harness=NAME` takes it and as its seed folders
    /// (`Fuzz/corpus/NAME`, `.build-fuzz/seeds/NAME`) and dictionary (`Fuzz/dictionaries/NAME.dict`)
    /// are named.
    public let name: String
    /// What the harness reads, in a few words.
    public let summary: String
    private let body: @Sendable (Data) -> Void

    /// Creates a harness.
    public init(name: String, summary: String, body: @escaping @Sendable (Data) -> Void) {
        self.name = name
        self.summary = summary
        self.body = body
    }

    /// Runs the parser on `data`.
    public func run(_ data: Data) { body(data) }
}

extension Data {
    /// The bytes as text, invalid UTF-8 replaced, as a file read by the tool would be.
    var fuzzText: String { String(decoding: self, as: UTF8.self) }
}
