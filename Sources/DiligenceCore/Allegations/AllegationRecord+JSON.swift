extension AllegationRecord {
    /// The record as canonical JSON: what the store keeps and the start event logs. Restricted
    /// fields appear only sealed.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "partner": .string(partner), "received": .string(received.description),
            "type": .string(type.rawValue), "victims": victims.json,
            "assistance_counts": .object(
                Dictionary(
                    uniqueKeysWithValues: assistanceCounts.map { ($0.key.rawValue, JSONValue.int($0.value)) })
            ),
            "sealed": .object(sealed.mapValues(JSONValue.string)),
            "assistance": .array(assistance.map(JSONValue.string)),
        ]
        if let incident { object["incident"] = .string(incident.description) }
        if let channel { object["channel"] = .string(channel) }
        if let personnel { object["personnel"] = .string(personnel) }
        if let perpetrators { object["perpetrators"] = .int(perpetrators) }
        return .object(object)
    }

    /// The record a JSON object describes; `nil` when it describes none.
    public init?(json: JSONValue) {
        guard let partner = json["partner"]?.stringValue,
            let received = json["received"]?.stringValue.flatMap({ LocalDate($0) }),
            let type = json["type"]?.stringValue.flatMap(AllegationType.init(rawValue:)),
            let victims = json["victims"].flatMap(VictimCounts.init(json:)),
            let sealed = json["sealed"]?.objectValue, let assistance = json["assistance"]?.arrayValue
        else { return nil }
        var counts: [AssistanceStatus: Int] = [:]
        for (name, value) in json["assistance_counts"]?.objectValue ?? [:] {
            guard let status = AssistanceStatus(rawValue: name), let count = value.intValue else {
                return nil
            }
            counts[status] = count
        }
        var texts: [String: String] = [:]
        for (name, value) in sealed {
            guard let text = value.stringValue else { return nil }
            texts[name] = text
        }
        let entries = assistance.compactMap(\.stringValue)
        guard entries.count == assistance.count else { return nil }
        self.init(
            partner: partner, received: received,
            incident: json["incident"]?.stringValue.flatMap({ LocalDate($0) }), type: type,
            channel: json["channel"]?.stringValue, personnel: json["personnel"]?.stringValue,
            victims: victims, perpetrators: json["perpetrators"]?.intValue, assistanceCounts: counts,
            sealed: texts, assistance: entries)
    }
}
