import Foundation

/// Parts of pages already drawn (the content of the partner list and of my work, without the
/// header that names the account), kept under the layer's key of the view they show
/// (``DiligenceApp/PartnerList/viewKey``): the same view is drawn once, not on every request.
/// Drawing a table through the templates costs far more than keeping its text.
final class FragmentCache: @unchecked Sendable {
    /// The most fragments kept; past it they are all dropped (a changed log makes new keys).
    static let capacity = 256

    // `fragments` is read and written only under `lock`.
    private let lock = NSLock()
    private var fragments: [String: String] = [:]

    /// What a kept fragment carries in place of a browser's form token (``FormTokens``): a
    /// token is the browser's own, so it is put in on each request. A text typed into a record
    /// that carried the mark would only show each viewer their own token.
    static let tokenMark = "\u{1}form-token\u{1}"

    /// The text kept under `key`, drawn by `draw` when there is none.
    func html(_ key: String, draw: () -> String) -> String {
        if let kept = lock.withLock({ fragments[key] }) { return kept }
        let html = draw()
        lock.withLock {
            if fragments.count >= Self.capacity { fragments.removeAll(keepingCapacity: true) }
            fragments[key] = html
        }
        return html
    }
}

extension String {
    /// The fragment with each ``FragmentCache/tokenMark`` replaced by `token`. Done on every
    /// request of a kept page, so over the UTF-8 bytes: `split(separator:)` with a string
    /// separator hashed every character and took a quarter of an agreement page's time.
    func replacingTokenMark(with token: String) -> String {
        let mark = Array(FragmentCache.tokenMark.utf8)
        let bytes = Array(utf8)
        var result: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        while index + mark.count <= bytes.count {
            guard bytes[index] == mark[0], bytes[index..<index + mark.count].elementsEqual(mark) else {
                index += 1
                continue
            }
            if result.isEmpty { result.reserveCapacity(bytes.count + 64) }
            result.append(contentsOf: bytes[copiedUpTo..<index])
            result.append(contentsOf: token.utf8)
            index += mark.count
            copiedUpTo = index
        }
        guard copiedUpTo > 0 else { return self }
        result.append(contentsOf: bytes[copiedUpTo...])
        return String(decoding: result, as: UTF8.self)
    }
}
