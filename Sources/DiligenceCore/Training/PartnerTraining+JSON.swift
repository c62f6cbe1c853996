import Foundation

extension TrainingPolicy {
    /// The policy as JSON, as a training record pins it.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "renewal_period": .string(renewalPeriod.description),
            "coverage_threshold": .string(coverageThreshold.description),
            "categories": .array(categories.map { .string($0.rawValue) }),
            "contact_with_beneficiaries_only": .bool(contactWithBeneficiariesOnly),
        ]
        if let file { object["file"] = .string(file) }
        return .object(object)
    }

    /// Reads a policy back from its JSON; `nil` when the JSON is not a policy.
    public init?(json: JSONValue) {
        guard let period = json["renewal_period"]?.stringValue.flatMap(CalendarDuration.init),
            let threshold = json["coverage_threshold"]?.stringValue.flatMap({ Decimal(string: $0) }),
            let names = json["categories"]?.arrayValue,
            case .bool(let contactOnly) = json["contact_with_beneficiaries_only"]
        else { return nil }
        let categories = names.compactMap { $0.stringValue.flatMap(PersonnelCategory.init(rawValue:)) }
        guard categories.count == names.count else { return nil }
        self.init(
            renewalPeriod: period, coverageThreshold: threshold, categories: categories,
            contactWithBeneficiariesOnly: contactOnly, file: json["file"]?.stringValue)
    }
}

extension PersonnelGroup {
    /// The group as JSON.
    public var json: JSONValue {
        .object([
            "category": .string(category.rawValue), "head_count": .int(headCount),
            "contact_with_beneficiaries": .bool(inContactWithBeneficiaries),
        ])
    }

    /// Reads a group back from its JSON.
    public init?(json: JSONValue) {
        guard let category = json["category"]?.stringValue.flatMap(PersonnelCategory.init(rawValue:)),
            let count = json["head_count"]?.intValue,
            case .bool(let contact) = json["contact_with_beneficiaries"]
        else { return nil }
        self.init(category: category, headCount: count, inContactWithBeneficiaries: contact)
    }
}

extension TrainingRecord {
    /// The session as JSON; attendance by category, each with its unnamed count and names.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "course": .string(course), "date": .string(date.description),
            "attendance": .object(
                Dictionary(
                    uniqueKeysWithValues: attendance.map { category, attendance in
                        (
                            category.rawValue,
                            JSONValue.object([
                                "people": .int(attendance.unnamedCount),
                                "names": .array(attendance.names.map(JSONValue.string)),
                            ])
                        )
                    })),
        ]
        if let provider { object["provider"] = .string(provider) }
        return .object(object)
    }

    /// Reads a session back from its JSON.
    public init?(json: JSONValue) {
        guard let course = json["course"]?.stringValue,
            let date = json["date"]?.stringValue.flatMap(LocalDate.init),
            let members = json["attendance"]?.objectValue
        else { return nil }
        var attendance: [PersonnelCategory: Attendance] = [:]
        for (name, value) in members {
            guard let category = PersonnelCategory(rawValue: name), let people = value["people"]?.intValue,
                let names = value["names"]?.arrayValue?.compactMap(\.stringValue)
            else { return nil }
            attendance[category] = Attendance(unnamedCount: people, names: names)
        }
        self.init(course: course, date: date, provider: json["provider"]?.stringValue, attendance: attendance)
    }
}

extension TrainingChange {
    /// The change as JSON, as the event's data logs it.
    public var json: JSONValue {
        switch self {
        case .personnel(let group): .object(["personnel": group.json])
        case .trainings(let records): .object(["trainings": .array(records.map(\.json))])
        }
    }

    /// Reads a change back from its JSON.
    public init?(json: JSONValue) {
        if let group = json["personnel"].flatMap(PersonnelGroup.init(json:)) {
            self = .personnel(group)
        } else if let items = json["trainings"]?.arrayValue {
            let records = items.compactMap(TrainingRecord.init(json:))
            guard records.count == items.count else { return nil }
            self = .trainings(records)
        } else {
            return nil
        }
    }
}

extension PartnerTraining {
    /// The record as JSON, as the store keeps it.
    public var json: JSONValue {
        .object([
            "partner": .string(partner), "policy": policy.json,
            "personnel": .array(personnel.map(\.json)), "trainings": .array(trainings.map(\.json)),
        ])
    }

    /// Reads a record back from its JSON.
    public init?(json: JSONValue) {
        guard let partner = json["partner"]?.stringValue,
            let policy = json["policy"].flatMap(TrainingPolicy.init(json:)),
            let groups = json["personnel"]?.arrayValue, let items = json["trainings"]?.arrayValue
        else { return nil }
        self.init(partner: partner, policy: policy)
        personnel = groups.compactMap(PersonnelGroup.init(json:))
        trainings = items.compactMap(TrainingRecord.init(json:))
        guard personnel.count == groups.count, trainings.count == items.count else { return nil }
    }
}
