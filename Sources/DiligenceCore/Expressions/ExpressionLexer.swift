import Foundation

/// Splits a guard's text into tokens; positions are counted in Unicode scalars.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private let source: String
    private let location: SourceLocation
    private var position = 0

    /// Creates a lexer for `source`, which starts at `location` in its file.
    init(_ source: String, at location: SourceLocation) {
        self.source = source
        self.location = location
        self.scalars = Array(source.unicodeScalars)
    }

    /// All the tokens of the guard, ending with `.end`.
    mutating func tokenize() throws(DefinitionError) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    private func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    private func error(_ message: String, at offset: Int) -> DefinitionError {
        DefinitionError(
            .expressionSyntax, message, at: location.advanced(by: offset, in: source))
    }

    private mutating func next() throws(DefinitionError) -> ExpressionToken {
        while let scalar = peek(), scalar.properties.isWhitespace { position += 1 }
        let start = position
        guard let scalar = peek() else { return ExpressionToken(kind: .end, range: start..<start) }
        if scalar.isIdentifierStart { return lexWord() }
        if scalar.isDigit { return try lexNumber() }
        if scalar == "\"" || scalar == "'" { return try lexString(quote: scalar) }
        position += 1
        let kind: ExpressionToken.Kind
        switch scalar {
        case "(": kind = .leftParen
        case ")": kind = .rightParen
        case "[": kind = .leftBracket
        case "]": kind = .rightBracket
        case ",": kind = .comma
        case "-": kind = .minus
        case "!": kind = take("=") ? .notEqual : .bang
        case "<": kind = take("=") ? .lessEqual : .less
        case ">": kind = take("=") ? .greaterEqual : .greater
        case "=":
            guard take("=") else { throw error(ExpressionMessages.singleEquals, at: start) }
            kind = .equal
        case "&":
            guard take("&") else { throw error(ExpressionMessages.singleAmpersand, at: start) }
            kind = .and
        case "|":
            guard take("|") else { throw error(ExpressionMessages.singleBar, at: start) }
            kind = .or
        default:
            throw error(ExpressionMessages.unexpectedCharacter(String(scalar)), at: start)
        }
        return ExpressionToken(kind: kind, range: start..<position)
    }

    private mutating func take(_ expected: Unicode.Scalar) -> Bool {
        guard peek() == expected else { return false }
        position += 1
        return true
    }

    private mutating func lexWord() -> ExpressionToken {
        let start = position
        while true {
            while let scalar = peek(), scalar.isIdentifierContinue { position += 1 }
            // A dot joins path segments only when a segment follows it.
            guard peek() == ".", let after = peek(1), after.isIdentifierStart else { break }
            position += 1
        }
        let word = text(start..<position)
        let kind: ExpressionToken.Kind
        switch word {
        case "true": kind = .bool(true)
        case "false": kind = .bool(false)
        case "in": kind = .keywordIn
        case "not": kind = .keywordNot
        default: kind = .identifier(word)
        }
        return ExpressionToken(kind: kind, range: start..<position)
    }

    private mutating func lexNumber() throws(DefinitionError) -> ExpressionToken {
        let start = position
        while let scalar = peek(), scalar.isDigit { position += 1 }
        if peek() == "-", let after = peek(1), after.isDigit {
            return try lexDate(from: start)
        }
        if peek() == ".", let after = peek(1), after.isDigit {
            position += 1
            while let scalar = peek(), scalar.isDigit { position += 1 }
            let literal = text(start..<position)
            guard let value = Decimal(string: literal, locale: nil) else {
                throw error(ExpressionMessages.badNumber(literal), at: start)
            }
            return ExpressionToken(kind: .decimal(value), range: start..<position)
        }
        if let scalar = peek(), scalar.isIdentifierStart {
            while let scalar = peek(), scalar.isIdentifierContinue { position += 1 }
            let literal = text(start..<position)
            guard let duration = CalendarDuration(literal) else {
                if CalendarDuration.isTooLong(literal) {
                    throw error(ExpressionMessages.durationTooLong(literal), at: start)
                }
                throw error(ExpressionMessages.badDuration(literal), at: start)
            }
            return ExpressionToken(kind: .duration(duration), range: start..<position)
        }
        let literal = text(start..<position)
        guard let value = Int(literal) else {
            throw error(ExpressionMessages.numberTooLarge(literal), at: start)
        }
        return ExpressionToken(kind: .integer(value), range: start..<position)
    }

    private mutating func lexDate(from start: Int) throws(DefinitionError) -> ExpressionToken {
        // Bare dates are the only place a digit is followed by "-": take the whole run.
        while let scalar = peek(), scalar.isDigit || scalar == "-" { position += 1 }
        let literal = text(start..<position)
        let parts = literal.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else {
            throw error(ExpressionMessages.badDateShape(literal), at: start)
        }
        guard let date = LocalDate(literal) else {
            throw error(ExpressionMessages.impossibleDate(literal), at: start)
        }
        return ExpressionToken(kind: .date(date), range: start..<position)
    }

    private mutating func lexString(quote: Unicode.Scalar) throws(DefinitionError) -> ExpressionToken {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek() {
            position += 1
            if scalar == quote {
                return ExpressionToken(kind: .string(String(value)), range: start..<position)
            }
            guard scalar == "\\" else {
                value.append(scalar)
                continue
            }
            guard let escaped = peek() else { break }
            switch escaped {
            case "\"", "'", "\\": value.append(escaped)
            case "n": value.append("\n")
            default:
                throw error(ExpressionMessages.badEscape(String(escaped)), at: position - 1)
            }
            position += 1
        }
        throw error(ExpressionMessages.unterminatedText(quote: String(quote)), at: start)
    }
}

extension Unicode.Scalar {
    fileprivate var isDigit: Bool { ("0"..."9").contains(self) }

    fileprivate var isIdentifierStart: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
    }

    fileprivate var isIdentifierContinue: Bool { isIdentifierStart || isDigit }
}
