import Foundation

/// One word or symbol of a guard, with where it is in the guard's text.
struct ExpressionToken: Equatable, Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// A field path such as `capacity_level` or `assessment.expires_on`, or a function name.
        case identifier(String)
        /// `true` or `false`.
        case bool(Bool)
        /// A whole number such as `42`.
        case integer(Int)
        /// A decimal number such as `0.85`.
        case decimal(Decimal)
        /// A text in quotes, with its escapes resolved.
        case string(String)
        /// A date written bare, `2026-03-31`.
        case date(LocalDate)
        /// A duration in short form, `30d` or `1y6mo`.
        case duration(CalendarDuration)
        /// The keyword `in`.
        case keywordIn
        /// The keyword `not` (only in `not in`).
        case keywordNot
        /// `||`
        case or
        /// `&&`
        case and
        /// `!`
        case bang
        /// `==`
        case equal
        /// `!=`
        case notEqual
        /// `<`
        case less
        /// `<=`
        case lessEqual
        /// `>`
        case greater
        /// `>=`
        case greaterEqual
        /// `(`
        case leftParen
        /// `)`
        case rightParen
        /// `[`
        case leftBracket
        /// `]`
        case rightBracket
        /// `,`
        case comma
        /// `-` (unary minus)
        case minus
        /// The end of the guard's text.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// Where the token is, in Unicode scalars from the start of the guard's text.
    var range: Range<Int>
}
