/// Builds the syntax tree of a guard from its tokens (recursive descent, one function per
/// precedence level, lowest first: `||`, `&&`, `!`, comparisons, unary minus, primary).
struct ExpressionParser {
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
        let expression = try parseOr()
        guard current.kind == .end else {
            throw error(ExpressionMessages.leftover(text(of: current)), at: current.range.lowerBound)
        }
        return expression
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

    private mutating func parseOr() throws(DefinitionError) -> ExpressionSyntax {
        var lhs = try parseAnd()
        while current.kind == .or {
            let op = advance()
            let rhs = try parseAnd()
            lhs = ExpressionSyntax(
                kind: .logical(.or, lhs, rhs, operatorRange: op.range),
                range: lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func parseAnd() throws(DefinitionError) -> ExpressionSyntax {
        var lhs = try parseNot()
        while current.kind == .and {
            let op = advance()
            let rhs = try parseNot()
            lhs = ExpressionSyntax(
                kind: .logical(.and, lhs, rhs, operatorRange: op.range),
                range: lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func parseNot() throws(DefinitionError) -> ExpressionSyntax {
        guard current.kind == .bang else { return try parseComparison() }
        let bang = advance()
        let operand = try parseNot()
        return ExpressionSyntax(
            kind: .not(operand), range: bang.range.lowerBound..<operand.range.upperBound)
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

    private mutating func parseComparison() throws(DefinitionError) -> ExpressionSyntax {
        let lhs = try parseUnary()
        guard let (op, opRange) = try comparisonOperator() else { return lhs }
        let rhs: ExpressionSyntax
        if op == .in || op == .notIn, current.kind == .leftBracket {
            rhs = try parseList()
        } else {
            rhs = try parseUnary()
        }
        let comparison = ExpressionSyntax(
            kind: .comparison(op, lhs, rhs, operatorRange: opRange),
            range: lhs.range.lowerBound..<rhs.range.upperBound)
        let chained = index
        if try comparisonOperator() != nil {
            throw error(ExpressionMessages.chainedComparison, at: tokens[chained].range.lowerBound)
        }
        return comparison
    }

    private mutating func parseList() throws(DefinitionError) -> ExpressionSyntax {
        let open = advance()
        var elements: [ExpressionSyntax] = []
        if current.kind != .rightBracket {
            while true {
                elements.append(try parseUnary())
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
        return ExpressionSyntax(
            kind: .list(elements), range: open.range.lowerBound..<close.range.upperBound)
    }

    private mutating func parseUnary() throws(DefinitionError) -> ExpressionSyntax {
        guard current.kind == .minus else { return try parsePrimary() }
        let minus = advance()
        let operand = try parseUnary()
        return ExpressionSyntax(
            kind: .negate(operand), range: minus.range.lowerBound..<operand.range.upperBound)
    }

    private mutating func parsePrimary() throws(DefinitionError) -> ExpressionSyntax {
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
            if current.kind == .leftParen { return try parseCall(name: name, nameToken: token) }
            return ExpressionSyntax(kind: .path(name), range: token.range)
        case .leftParen:
            let open = advance()
            let inner = try parseOr()
            guard current.kind == .rightParen else { throw unclosed(open, closing: ")") }
            let close = advance()
            return ExpressionSyntax(
                kind: inner.kind, range: open.range.lowerBound..<close.range.upperBound)
        case .leftBracket:
            throw error(ExpressionMessages.listOutsideIn, at: token.range.lowerBound)
        default:
            throw unexpected(expected: "a value or a field")
        }
        _ = advance()
        return ExpressionSyntax(kind: .literal(literal), range: token.range)
    }

    private mutating func parseCall(name: String, nameToken: ExpressionToken) throws(DefinitionError)
        -> ExpressionSyntax
    {
        let open = advance()
        var arguments: [ExpressionSyntax] = []
        if current.kind != .rightParen {
            while true {
                arguments.append(try parseOr())
                if current.kind == .comma {
                    _ = advance()
                    continue
                }
                guard current.kind == .rightParen else { throw unclosed(open, closing: ")") }
                break
            }
        }
        let close = advance()
        return ExpressionSyntax(
            kind: .call(name: name, nameRange: nameToken.range, arguments: arguments),
            range: nameToken.range.lowerBound..<close.range.upperBound)
    }
}
