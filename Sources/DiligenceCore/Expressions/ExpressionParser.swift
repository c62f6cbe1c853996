/// Builds the syntax tree of a guard from its tokens (recursive descent, one function per
/// precedence level, lowest first: `||`, `&&`, `!`, comparisons, unary minus, primary).
///
/// The tree is at most ``maximumDepth`` levels deep: a deeper guard (10,000 brackets in a 20 KB
/// file, say) is an error at the token that goes too deep, not a stack overflow in the parser, the
/// type checker or the evaluator, which all recurse over the tree.
struct ExpressionParser {
    /// The deepest tree a guard may have: brackets, `!`, `-`, calls and each `&&` or `||` of a
    /// chain count a level.
    static let maximumDepth = 64

    /// A parsed node and the height of its tree.
    private typealias Parsed = (syntax: ExpressionSyntax, height: Int)

    private let tokens: [ExpressionToken]
    private let source: String
    private let location: SourceLocation
    private var index = 0

    /// Creates a parser over the tokens of `source`, which starts at `location` in its file.
    init(tokens: [ExpressionToken], source: String, at location: SourceLocation) {
        self.tokens = tokens
        self.source = source
        self.location = location
    }

    /// Parses `source` into a syntax tree.
    static func parse(_ source: String, at location: SourceLocation) throws(DefinitionError)
        -> ExpressionSyntax
    {
        var lexer = ExpressionLexer(source, at: location)
        var parser = ExpressionParser(tokens: try lexer.tokenize(), source: source, at: location)
        return try parser.parseWhole()
    }

    /// Parses the whole guard; anything left over is an error.
    mutating func parseWhole() throws(DefinitionError) -> ExpressionSyntax {
        if current.kind == .end {
            throw error(ExpressionMessages.emptyGuard, at: current.range.lowerBound)
        }
        let expression = try parseOr(depth: 0)
        guard current.kind == .end else {
            throw error(ExpressionMessages.leftover(text(of: current)), at: current.range.lowerBound)
        }
        return expression.syntax
    }

    /// The error for a node `height` levels deep, at the token that made it so.
    private func checkDepth(_ height: Int, at token: ExpressionToken) throws(DefinitionError) {
        guard height > Self.maximumDepth else { return }
        throw error(ExpressionMessages.tooDeep(limit: Self.maximumDepth), at: token.range.lowerBound)
    }

    // MARK: Tokens

    private var current: ExpressionToken { tokens[index] }

    private var previous: ExpressionToken? { index > 0 ? tokens[index - 1] : nil }

    private mutating func advance() -> ExpressionToken {
        let token = tokens[index]
        if token.kind != .end { index += 1 }
        return token
    }

    private func text(of token: ExpressionToken) -> String {
        text(token.range)
    }

    private func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: source.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count))
        return String(view)
    }

    private func error(_ message: String, at offset: Int) -> DefinitionError {
        DefinitionError(.expressionSyntax, message, at: location.advanced(by: offset, in: source))
    }

    /// The error for a token that is not what the grammar needs here; at the end of the guard
    /// it points just after the last token.
    private func unexpected(expected: String) -> DefinitionError {
        if current.kind == .end {
            let after = previous.map { text(of: $0) } ?? ""
            return error(
                ExpressionMessages.unexpectedEnd(after: after),
                at: previous?.range.upperBound ?? 0)
        }
        return error(
            ExpressionMessages.expected(expected, found: text(of: current)),
            at: current.range.lowerBound)
    }

    /// The error for a missing closing bracket, naming where the opening one is.
    private func unclosed(_ open: ExpressionToken, closing: String) -> DefinitionError {
        let openAt = location.advanced(by: open.range.lowerBound, in: source)
        let offset = current.kind == .end ? (previous?.range.upperBound ?? 0) : current.range.lowerBound
        let here = location.advanced(by: offset, in: source)
        return DefinitionError(
            .expressionSyntax,
            ExpressionMessages.unclosed(
                opening: text(of: open), closing: closing, openedAt: openAt, reportedAt: here),
            at: here)
    }

    // MARK: Grammar

    // `depth` is how many levels the node being parsed is below the root: a recursion stops at
    // the limit before the stack grows further.

    private mutating func parseOr(depth: Int) throws(DefinitionError) -> Parsed {
        var lhs = try parseAnd(depth: depth)
        while current.kind == .or {
            let op = advance()
            let rhs = try parseAnd(depth: depth)
            let height = max(lhs.height, rhs.height) + 1
            try checkDepth(depth + height, at: op)
            lhs = (
                ExpressionSyntax(
                    kind: .logical(.or, lhs.syntax, rhs.syntax, operatorRange: op.range),
                    range: lhs.syntax.range.lowerBound..<rhs.syntax.range.upperBound), height
            )
        }
        return lhs
    }

    private mutating func parseAnd(depth: Int) throws(DefinitionError) -> Parsed {
        var lhs = try parseNot(depth: depth)
        while current.kind == .and {
            let op = advance()
            let rhs = try parseNot(depth: depth)
            let height = max(lhs.height, rhs.height) + 1
            try checkDepth(depth + height, at: op)
            lhs = (
                ExpressionSyntax(
                    kind: .logical(.and, lhs.syntax, rhs.syntax, operatorRange: op.range),
                    range: lhs.syntax.range.lowerBound..<rhs.syntax.range.upperBound), height
            )
        }
        return lhs
    }

    private mutating func parseNot(depth: Int) throws(DefinitionError) -> Parsed {
        guard current.kind == .bang else { return try parseComparison(depth: depth) }
        let bang = advance()
        try checkDepth(depth + 1, at: bang)
        let operand = try parseNot(depth: depth + 1)
        return (
            ExpressionSyntax(
                kind: .not(operand.syntax), range: bang.range.lowerBound..<operand.syntax.range.upperBound),
            operand.height + 1
        )
    }

    private mutating func comparisonOperator() throws(DefinitionError) -> (
        ComparisonOperator, Range<Int>
    )? {
        let op: ComparisonOperator
        switch current.kind {
        case .equal: op = .equal
        case .notEqual: op = .notEqual
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        case .keywordIn: op = .in
        case .keywordNot:
            let not = advance()
            guard current.kind == .keywordIn else {
                throw error(ExpressionMessages.notWithoutIn, at: not.range.lowerBound)
            }
            let inToken = advance()
            return (.notIn, not.range.lowerBound..<inToken.range.upperBound)
        default: return nil
        }
        return (op, advance().range)
    }

    private mutating func parseComparison(depth: Int) throws(DefinitionError) -> Parsed {
        let operatorToken = current
        let lhs = try parseUnary(depth: depth)
        guard let (op, opRange) = try comparisonOperator() else { return lhs }
        let rhs: Parsed
        if op == .in || op == .notIn, current.kind == .leftBracket {
            rhs = try parseList(depth: depth)
        } else {
            rhs = try parseUnary(depth: depth)
        }
        let comparison = ExpressionSyntax(
            kind: .comparison(op, lhs.syntax, rhs.syntax, operatorRange: opRange),
            range: lhs.syntax.range.lowerBound..<rhs.syntax.range.upperBound)
        let chained = index
        if try comparisonOperator() != nil {
            throw error(ExpressionMessages.chainedComparison, at: tokens[chained].range.lowerBound)
        }
        let height = max(lhs.height, rhs.height) + 1
        try checkDepth(depth + height, at: operatorToken)
        return (comparison, height)
    }

    private mutating func parseList(depth: Int) throws(DefinitionError) -> Parsed {
        let open = advance()
        try checkDepth(depth + 1, at: open)
        var elements: [ExpressionSyntax] = []
        var height = 0
        if current.kind != .rightBracket {
            while true {
                let element = try parseUnary(depth: depth + 1)
                elements.append(element.syntax)
                height = max(height, element.height)
                if current.kind == .comma {
                    _ = advance()
                    continue
                }
                guard current.kind == .rightBracket else {
                    if current.kind == .end { throw unclosed(open, closing: "]") }
                    throw unexpected(expected: "\",\" or \"]\"")
                }
                break
            }
        }
        let close = advance()
        return (
            ExpressionSyntax(kind: .list(elements), range: open.range.lowerBound..<close.range.upperBound),
            height + 1
        )
    }

    private mutating func parseUnary(depth: Int) throws(DefinitionError) -> Parsed {
        guard current.kind == .minus else { return try parsePrimary(depth: depth) }
        let minus = advance()
        try checkDepth(depth + 1, at: minus)
        let operand = try parseUnary(depth: depth + 1)
        return (
            ExpressionSyntax(
                kind: .negate(operand.syntax), range: minus.range.lowerBound..<operand.syntax.range.upperBound
            ),
            operand.height + 1
        )
    }

    private mutating func parsePrimary(depth: Int) throws(DefinitionError) -> Parsed {
        let token = current
        let literal: Value
        switch token.kind {
        case .bool(let value): literal = .bool(value)
        case .integer(let value): literal = .int(value)
        case .decimal(let value): literal = .decimal(value)
        case .string(let value): literal = .string(value)
        case .date(let value): literal = .date(value)
        case .duration(let value): literal = .duration(value)
        case .identifier(let name):
            _ = advance()
            if current.kind == .leftParen { return try parseCall(name: name, nameToken: token, depth: depth) }
            return (ExpressionSyntax(kind: .path(name), range: token.range), 1)
        case .leftParen:
            let open = advance()
            try checkDepth(depth + 1, at: open)
            let inner = try parseOr(depth: depth + 1)
            guard current.kind == .rightParen else { throw unclosed(open, closing: ")") }
            let close = advance()
            return (
                ExpressionSyntax(
                    kind: inner.syntax.kind, range: open.range.lowerBound..<close.range.upperBound),
                inner.height
            )
        case .leftBracket:
            throw error(ExpressionMessages.listOutsideIn, at: token.range.lowerBound)
        default:
            throw unexpected(expected: "a value or a field")
        }
        _ = advance()
        return (ExpressionSyntax(kind: .literal(literal), range: token.range), 1)
    }

    private mutating func parseCall(name: String, nameToken: ExpressionToken, depth: Int)
        throws(DefinitionError) -> Parsed
    {
        let open = advance()
        try checkDepth(depth + 1, at: open)
        var arguments: [ExpressionSyntax] = []
        var height = 0
        if current.kind != .rightParen {
            while true {
                let argument = try parseOr(depth: depth + 1)
                arguments.append(argument.syntax)
                height = max(height, argument.height)
                if current.kind == .comma {
                    _ = advance()
                    continue
                }
                guard current.kind == .rightParen else { throw unclosed(open, closing: ")") }
                break
            }
        }
        let close = advance()
        return (
            ExpressionSyntax(
                kind: .call(name: name, nameRange: nameToken.range, arguments: arguments),
                range: nameToken.range.lowerBound..<close.range.upperBound),
            height + 1
        )
    }
}
