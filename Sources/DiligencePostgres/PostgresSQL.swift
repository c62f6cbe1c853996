import Foundation

/// The store's SQL as PostgreSQL takes it: SQLite's `?` and `?N` placeholders become `$N`.
enum PostgresSQL {
    /// `sql` with each `?` numbered in order and each `?N` kept as `$N`; text inside quotes,
    /// double-quoted names and `--` comments is left as it is.
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        let characters = Array(sql)
        var result = ""
        result.reserveCapacity(characters.count + 8)
        var next = 1
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "'", "\"":
                let close = characters[(index + 1)...].firstIndex(of: character) ?? characters.count - 1
                result += String(characters[index...close])
                index = close + 1
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                let end = characters[index...].firstIndex(of: "\n") ?? characters.count
                result += String(characters[index..<end])
                index = end
            case "?":
                var after = index + 1
                while after < characters.count, characters[after].isASCII, characters[after].isNumber {
                    after += 1
                }
                if after > index + 1, let number = Int(String(characters[(index + 1)..<after])) {
                    result += "$\(number)"
                    next = max(next, number + 1)
                } else {
                    result += "$\(next)"
                    next += 1
                }
                index = after
            default:
                result.append(character)
                index += 1
            }
        }
        return result
    }

    /// The statements of a script (a schema), split at each `;` outside quotes, `$$` bodies and
    /// `--` comments: PostgreSQL's extended protocol, which binds values, takes one at a time.
    static func statements(_ script: String) -> [String] {
        let characters = Array(script)
        var statements: [String] = []
        var current = ""
        var index = 0
        func skip(to end: Int) {
            current += String(characters[index..<min(end, characters.count)])
            index = min(end, characters.count)
        }
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "'", "\"":
                skip(to: (characters[(index + 1)...].firstIndex(of: character) ?? characters.count - 1) + 1)
            case "$" where next == "$":
                var close = index + 2
                while close + 1 < characters.count,
                    !(characters[close] == "$" && characters[close + 1] == "$")
                {
                    close += 1
                }
                skip(to: close + 2)
            case "-" where next == "-":
                skip(to: characters[index...].firstIndex(of: "\n") ?? characters.count)
            case ";":
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { statements.append(statement) }
                current = ""
                index += 1
            default:
                current.append(character)
                index += 1
            }
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { statements.append(last) }
        return statements
    }
}
