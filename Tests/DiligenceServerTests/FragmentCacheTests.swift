import Testing

@testable import DiligenceServer

/// A kept page's form-token marks replaced by a browser's token: every mark, wherever it is,
/// and nothing else.
@Suite struct FragmentCacheTests {
    static let mark = FragmentCache.tokenMark

    @Test(arguments: [
        ("no mark here", "no mark here"),
        ("\(mark)", "TOKEN"),
        ("\(mark)<form>", "TOKEN<form>"),
        ("<input value=\"\(mark)\">", "<input value=\"TOKEN\">"),
        ("a\(mark)b\(mark)c", "aTOKENbTOKENc"),
        ("\(mark)\(mark)", "TOKENTOKEN"),
        ("Accord \u{e9}t\u{e9} \(mark) \u{1F600} fin", "Accord \u{e9}t\u{e9} TOKEN \u{1F600} fin"),
        ("\u{1}form-token", "\u{1}form-token"),
        ("\u{1}\(mark)\u{1}", "\u{1}TOKEN\u{1}"),
    ])
    func everyMarkIsReplacedAndNothingElse(_ fragment: String, _ expected: String) {
        #expect(fragment.replacingTokenMark(with: "TOKEN") == expected)
    }
}
