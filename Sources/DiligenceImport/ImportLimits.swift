/// The bounds an imported file must stay within; anything beyond is rejected before or while it
/// is read, never partly imported.
public struct ImportLimits: Hashable, Sendable {
    /// The largest file accepted, and the most bytes unpacked from a `.docx` for its text.
    public var maxDocumentBytes: Int
    /// The most entries a `.docx` archive may have.
    public var maxArchiveEntries: Int
    /// The most bytes all entries of a `.docx` archive may unpack to, by its central directory.
    public var maxUncompressedBytes: Int
    /// The highest compression ratio (unpacked / packed) of an entry larger than
    /// ``ratioCheckedFrom`` bytes.
    public var maxCompressionRatio: Int
    /// Entries smaller than this many bytes unpacked are not checked for their ratio (a small,
    /// very repetitive part is harmless).
    public var ratioCheckedFrom: Int

    /// The defaults: 50 MB files, 2,000 entries, 200 MB unpacked, ratio 100 from 1 MB.
    public static let standard = ImportLimits()

    /// The most pages a PDF may have.
    public var maxPDFPages: Int = 500
    /// The most memory (address space) a PDF tool's process may take, in bytes.
    public var maxParserMemoryBytes: Int = 1_000_000_000
    /// The most seconds one run of a PDF tool may take before it is stopped.
    public var maxParseSeconds: Double = 60
    /// The most seconds OCR of a whole scan may take.
    public var maxScanSeconds: Double = 600

    /// Creates limits; every argument has the default of ``standard``.
    public init(
        maxDocumentBytes: Int = 50_000_000, maxArchiveEntries: Int = 2_000,
        maxUncompressedBytes: Int = 200_000_000, maxCompressionRatio: Int = 100,
        ratioCheckedFrom: Int = 1_000_000
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxArchiveEntries = maxArchiveEntries
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckedFrom = ratioCheckedFrom
    }
}
