/// The pieces of SQL that differ between the stores' dialects. Everything else the store runs is
/// written once, in SQL both understand (`ON CONFLICT` upserts, `RETURNING`, `?` placeholders).
extension SQLDialect {
    /// The text at `path` (keys from the root) in the JSON text of `column`, `NULL` when absent.
    func jsonText(_ column: String, at path: [String]) -> String {
        switch self {
        case .sqlite: "json_extract(\(column), '$.\(path.joined(separator: "."))')"
        case .postgres: "(\(column)::jsonb #>> '{\(path.joined(separator: ","))}')"
        }
    }

    /// A table of the texts in the JSON array under `key` of the JSON text of `column` (the
    /// array `column` holds, when `key` is `nil`), joined as `alias`, whose column `value` holds
    /// each element.
    func jsonArrayElements(_ column: String, key: String?, as alias: String) -> String {
        switch (self, key) {
        case (.sqlite, let key?): "json_each(\(column), '$.\(key)') AS \(alias)"
        case (.sqlite, nil): "json_each(\(column)) AS \(alias)"
        case (.postgres, let key?):
            "jsonb_array_elements_text(\(column)::jsonb -> '\(key)') AS \(alias)(value)"
        case (.postgres, nil): "jsonb_array_elements_text(\(column)::jsonb) AS \(alias)(value)"
        }
    }

    /// The distinct values of `expression` in a group, joined by commas.
    func distinctList(_ expression: String) -> String {
        switch self {
        case .sqlite: "group_concat(DISTINCT \(expression))"
        case .postgres: "string_agg(DISTINCT \(expression), ',')"
        }
    }
}
