import DiligenceCore
import Testing

@Suite struct JSONValueTests {
    @Test func canonicalTextSortsKeysAndEscapesOnlyWhatJSONNeeds() {
        let value: JSONValue = .object([
            "zeta": .int(-3), "alpha": .array([.bool(true), .null, .string("a\"b\\c\nd\u{1}é/")]),
            "Beta": .object(["y": .string(""), "x": .int(0)]),
        ])
        #expect(
            value.canonicalText
                == #"{"Beta":{"x":0,"y":""},"alpha":[true,null,"a\"b\\c\nd\u0001é/"],"zeta":-3}"#)
    }

    @Test func parsingTheCanonicalTextGivesTheValueBack() throws {
        let value: JSONValue = .object([
            "name": .string("Amani Women's Network \u{1F30D}"), "count": .int(42),
            "tags": .array([.string("a"), .string("b")]),
            "nested": .object(["empty": .array([]), "none": .null, "flag": .bool(false)]),
        ])
        let parsed = try #require(JSONValue(text: value.canonicalText))
        #expect(parsed == value)
    }

    @Test func parsingAcceptsWhitespaceEscapesAndFractions() throws {
        let parsed = try #require(
            JSONValue(text: " { \"a\" : [ 1 , 2.50 , \"\\u00e9\\ud83c\\udf0d\\/\" ] } "))
        #expect(parsed == .object(["a": .array([.int(1), .string("2.50"), .string("é\u{1F30D}/")])]))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "tru", "\"unterminated", "01x", "-", "{\"a\":1} extra", "\"\\x\"",
        "\"\\ud83c\"", String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func malformedTextIsRefused(_ text: String) {
        #expect(JSONValue(text: text) == nil)
    }
}

@Suite struct JSONPrettyTextTests {
    @Test func prettyTextIndentsAndKeepsEmptyContainersShort() throws {
        let value: JSONValue = .object([
            "b": .array([]), "a": .array([.int(1), .object([:])]), "c": .string("x"),
        ])
        #expect(
            value.prettyText == """
                {
                  "a": [
                    1,
                    {}
                  ],
                  "b": [],
                  "c": "x"
                }
                """)
        #expect(JSONValue(text: value.prettyText) == value)
    }
}
