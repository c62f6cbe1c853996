import Testing

@testable import DiligenceCore

@Suite("Expressions: parser")
struct ExpressionsParserTests {
    /// The tree fully parenthesised, to make precedence visible.
    private func shape(_ source: String) throws -> String {
        render(try ExpressionParser.parse(source, at: testFile))
    }

    private func render(_ syntax: ExpressionSyntax) -> String {
        switch syntax.kind {
        case .literal(let value): value.display
        case .path(let path): path
        case .call(let name, _, let arguments):
            name + "(" + arguments.map(render).joined(separator: ", ") + ")"
        case .list(let elements): "[" + elements.map(render).joined(separator: ", ") + "]"
        case .not(let operand): "!" + render(operand)
        case .negate(let operand): "-" + render(operand)
        case .logical(let op, let lhs, let rhs, _): "(\(render(lhs)) \(op.spelling) \(render(rhs)))"
        case .comparison(let op, let lhs, let rhs, _): "(\(render(lhs)) \(op.spelling) \(render(rhs)))"
        }
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try shape("a || b && c") == "(a || (b && c))")
        #expect(try shape("a && b || c") == "((a && b) || c)")
    }

    @Test func logicalOperatorsAssociateLeft() throws {
        #expect(try shape("a && b && c") == "((a && b) && c)")
        #expect(try shape("a || b || c") == "((a || b) || c)")
    }

    @Test func notBindsLooserThanComparison() throws {
        #expect(try shape("!a == b && c") == "(!(a == b) && c)")
        #expect(try shape("!!a") == "!!a")
    }

    @Test func comparisonsBindTighterThanLogic() throws {
        #expect(
            try shape("capacity_level in [\"full\", \"medium\"] && open_red_flags == 0")
                == "((capacity_level in [full, medium]) && (open_red_flags == 0))")
        #expect(try shape("x not in [1, -2]") == "(x not in [1, -2])")
    }

    @Test func unaryMinusBindsTighterThanComparison() throws {
        #expect(try shape("-x < -3") == "(-x < -3)")
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try shape("(a || b) && c") == "((a || b) && c)")
    }

    @Test func functionCalls() throws {
        #expect(try shape("days_since(assessed_on) <= 1825") == "(days_since(assessed_on) <= 1825)")
        #expect(try shape("today()") == "today()")
        #expect(try shape("contains(documents, 'code of conduct')") == "contains(documents, code of conduct)")
    }

    @Test func emptyListAfterIn() throws {
        #expect(try shape("x in []") == "(x in [])")
    }

    @Test func rangesCoverTheWholeNode() throws {
        let syntax = try ExpressionParser.parse("  (a == 1)  ", at: testFile)
        #expect(syntax.range == 2..<10)
    }

    @Test func syntaxErrorsPointAtTheOffendingToken() {
        let cases: [(String, Int, String)] = [
            ("a < b < c", 7, "only one comparison is allowed"),
            ("a == 1 in [1]", 8, "only one comparison is allowed"),
            ("a &&", 5, "unexpected end of guard after \"&&\""),
            ("", 1, "the guard is empty"),
            ("a && )", 6, "expected a value or a field, but found \")\""),
            ("a b", 3, "unexpected \"b\""),
            ("x not y", 3, "\"not\" must be followed by \"in\""),
            ("[1] == x", 1, "can only follow \"in\""),
            ("x in [1, 2", 11, "expected \"]\" to close the \"[\" at column 6"),
            ("x in [1 2]", 9, "expected \",\" or \"]\""),
            ("days_since(a", 13, "expected \")\" to close the \"(\" at column 11"),
        ]
        for (source, column, fragment) in cases {
            let error = compileError(source)
            #expect(error?.code == .expressionSyntax, "\(source)")
            #expect(error?.location == at(1, column), "\(source): \(String(describing: error))")
            #expect(error?.message.contains(fragment) == true, "\(source): \(String(describing: error))")
        }
    }

    @Test func unclosedParenthesisNamesItsColumn() {
        let error = compileError("open_red_flags == 0 && (score > 2 || score < 1")
        #expect(error?.message == "expected \")\" to close the \"(\" at column 24")
        #expect(error?.location == at(1, 47))
    }

    @Test func unclosedParenthesisOnAnEarlierLineNamesTheLine() {
        let error = compileError("(open_red_flags == 0\n  && score > 2", at: at(3, 5))
        #expect(error?.message == "expected \")\" to close the \"(\" at line 3, column 5")
        #expect(error?.location == at(4, 15))
    }
}
