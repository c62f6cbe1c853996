extension EvidenceReference {
    /// `{"type": ..., "description": ...}`, as answers keep it in records and in the log; the
    /// description only when there is one.
    var json: JSONValue {
        var evidence: [String: JSONValue] = ["type": .string(type)]
        if let description { evidence["description"] = .string(description) }
        return .object(evidence)
    }
}
