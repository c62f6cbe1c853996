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
                while after < characters.count, characters[after].isASCII, characters[after].isNumber { after += 1 }
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
}
