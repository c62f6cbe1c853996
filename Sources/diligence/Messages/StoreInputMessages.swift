import DiligenceStore

/// The terminal's wording of an input the store refused (``StoreError/invalidInput(field:problem:values:)``):
/// the flag or argument each ``InputField`` is given as, and the sentence for each problem.
enum StoreInputMessages {
    /// `--officer: amina is already assigned to P-0001; nothing changed`.
    static func text(field: InputField, problem: InputProblem, values: [String: String]) -> String {
        "\(label(field, values)): \(message(field, problem, values))"
    }

    /// The flag or argument the command line takes the field as.
    static func label(_ field: InputField, _ values: [String: String]) -> String {
        switch field {
        case .actor: "--as"
        case .role: "--role"
        case .key: "key"
        case .event: "event"
        case .consent: "consent"
        case .officer: "--officer"
        case .partner: "PARTNER"
        case .flag: "FLAG"
        case .assessment: values["value"] ?? "ID"
        case .name: "name"
        case .country: "--country"
        case .headquarters: "--headquarters"
        case .level: "--level"
        case .reason: "--reason"
        case .capacityStatus: "--status"
        case .date: "--date"
        case .course: "--course"
        case .count: "--count"
        case .people: "--people"
        case .training: "training"
        case .sheet: "FILE"
        case .entity: "--entity"
        case .document: "the document"
        case .findings: "findings"
        case .countryLevelReason: "--country-level-reason"
        case .copySource: values["source"] == "previous" ? "--copy-previous" : "--copy-from"
        case .workflowField(let path): path
        }
    }

    // One sentence per (field, problem); the cases mirror the store's refusals one by one.
    private static func message(_ field: InputField, _ problem: InputProblem, _ values: [String: String])
        -> String
    {
        func value(_ key: String) -> String { values[key] ?? "" }
        let subject = value("subject")
        switch (field, problem) {
        case (.actor, _):
            return
                "say who is \(value("act") == "read" ? "reading" : "acting"): --as USER (or set DILIGENCE_USER)"
        case (.key, _):
            return "restricted details need the key file"
        case (.event, _):
            return
                "assistance is recorded with `diligence allegation assist \(subject) --type T --status S`, which keeps its details restricted"
        case (.consent, _):
            return
                "\(subject): assistance can be recorded only with the victim/survivor's consent; record it first with `diligence allegation consent \(subject) --given`"
        case (.officer, .duplicate):
            return "\(value("officer")) is already assigned to \(value("partner")); nothing changed"
        case (.officer, .notAssigned):
            let assigned = value("assigned")
            return "\(value("officer")) is not assigned to \(value("partner")); "
                + (assigned.isEmpty ? "no one is" : "its officers are \(assigned)")
        case (.officer, _):
            return "give the user to assign, as they give it with --as"
        case (.partner, _):
            return
                "\(value("value")) is not a partner but a record of kind \(value("kind")); give a partner id such as P-0001"
        case (.flag, _):
            return "\(value("value")) is not a flag; `diligence flag list` shows the flags"
        case (.role, .notPermitted):
            return notPermitted(values)
        case (.role, .reserved):
            return "the role \(value("value")) is the engine's own, for deadlines; act in your own role"
        case (.role, _):
            let hint = values["suggestion"].map { "; did you mean \($0)?" } ?? ""
            return
                "\"\(value("value"))\" is not a role of \(value("workflow"))\(hint); roles are \(value("known"))"
        case (.level, _):
            return
                "a flag is not raised as escalated; raise it yellow, then `diligence flag escalate` sends it to headquarters"
        case (.reason, _):
            return reason(problem, values)
        case (.name, .tooLong):
            return "the partner's name is longer than \(value("limit")) characters"
        case (.name, _):
            return "the partner's name is empty"
        case (.country, _):
            return "\"\(value("value"))\" is not a two-letter ISO 3166 country code such as KE or CO"
        case (.findings, _):
            return "the findings were made with another clause catalogue than the one loaded; import again"
        case (.assessment, _):
            return "has no final determination yet; only a final assessment can be exported and shared"
        case (.entity, _):
            return "say which UN entity made the assessment, such as --entity \"UNICEF Kenya\""
        case (.document, _):
            return "was already accepted for \(value("partner")) as \(value("assessment"))"
        case (.capacityStatus, _):
            return
                "\(value("value")) is a capacity level; a level comes from an assessment. The statuses are \(value("known"))"
        case (.headquarters, .mismatch):
            let own = value("headquarters")
            return
                "\(value("value")) is itself a country-level record of \(own); name the headquarters record \(own)"
        case (.headquarters, _):
            guard let headquarters = values["value"] else {
                return
                    "only an international NGO's country-level record has a headquarters record; register it with --type ingo"
            }
            return "\(headquarters) is not an international NGO (its type is \(value("type")))"
        case (.countryLevelReason, _):
            return
                "\(value("partner")) is not an international NGO (its type is \(value("type"))); only an international NGO is assessed at country level with a reason"
        case (.copySource, _):
            return copySource(problem, values, flag: label(field, values))
        case (.sheet, .duplicate):
            return
                "\(value("repeated")) of the \(value("sessions")) sessions in this sheet are already recorded for \(value("partner")) with the same day, course, provider and people (the sheet, or rows of it, imported before); importing them again would count their people twice, so nothing was recorded. Import only the new rows"
        case (.sheet, _):
            return "the sheet has no rows to import"
        case (.course, .duplicate):
            return
                "this session (the same day, course, provider and people) is already recorded for \(value("partner")); recording it again would count its people twice. If it was another session, tell them apart: name the attendees (--person) or the group in the course name (\"PSEA basics, afternoon group\")"
        case (.course, _):
            return "name the course (at most \(value("limit")) characters)"
        case (.count, _):
            return
                "\(value("value")) people: give a head count from \(value("minimum")) to \(value("maximum"))"
        case (.people, _):
            return
                "\(value("value")) people: a training records from \(value("minimum")) to \(value("maximum")) people"
        case (.training, .belowPolicy):
            return coverageShortfall(values)
        case (.training, _):
            let partner = value("partner")
            return
                "\(partner) has no personnel recorded; record it first with `diligence training personnel \(partner) --category staff --count N`"
        case (_, .beforeReceived):
            return
                "\(subject): \(value("day")) is before the case was received (\(value("received"))); give the day it happened"
        case (_, .afterToday) where value("record") == "training":
            return "\(value("day")) is after today (\(value("today"))); record a training once it took place"
        case (_, .afterToday):
            return
                "\(subject): \(value("day")) is after today (\(value("today"))); record it once it happened"
        case (_, .beforeConsent) where value("act") == "withdraw":
            return
                "\(subject): consent cannot be withdrawn on \(value("day")), before it was given (\(value("consent")))"
        case (_, .beforeConsent):
            return
                "\(subject): assistance on \(value("day")) comes before the consent recorded on \(value("consent")); assistance is recorded from the day consent was given"
        default:
            return "the value \"\(value("value"))\" is not valid (\(problem.rawValue))"
        }
    }

    /// A role that may not do what it tried (`act`).
    private static func notPermitted(_ values: [String: String]) -> String {
        let role = values["role"] ?? ""
        let allowed = values["allowed"] ?? ""
        switch values["act"] {
        case "assign-officers":
            return
                "the role \(role) may not assign officers to partners; only \(allowed) may (assignment: in Assessments/allegation-confidentiality.yaml)"
        case "raise-flag":
            let level = values["level"] ?? ""
            return "the role \(role) may not raise a \(level) flag; "
                + (allowed.isEmpty ? "only the risk rules do" : "\(allowed) may")
                + (level == "red"
                    ? " (raise it yellow, and `diligence flag escalate` sends it to headquarters)" : "")
        default:
            let needed = allowed.replacingOccurrences(of: ", ", with: " or ")
            return
                "the role \(role) may not register records in \(values["workflow"] ?? ""); it needs \(needed)"
        }
    }

    /// A flag's reason or note, or a capacity status's reason, missing or too long.
    private static func reason(_ problem: InputProblem, _ values: [String: String]) -> String {
        let decision = values["decision"] ?? ""
        if decision == "capacity-status" {
            return problem == .tooLong
                ? "is longer than \(values["limit"] ?? "") characters" : "say why the partner has this status"
        }
        guard problem != .tooLong else {
            return "the text is \(values["length"] ?? "") characters; the limit is \(values["limit"] ?? "")"
        }
        let wording = FlagDecision(rawValue: decision)?.textWording ?? "a reason for the flag"
        return "\(wording) is required; it is kept in the flag's history"
    }

    /// The assessment a new one would copy its answers from does not fit.
    private static func copySource(_ problem: InputProblem, _ values: [String: String], flag: String)
        -> String
    {
        func value(_ key: String) -> String { values[key] ?? "" }
        let id = value("value")
        switch problem {
        case .missing:
            return
                "\(value("partner")) has no assessment with a final determination, so there are no answers to copy; start without \(flag)"
        case .unknown:
            return "there is no assessment \"\(id)\""
                + (values["suggestion"].map { "; did you mean \($0)?" } ?? "")
        case .mismatch where values["assessed"] != nil:
            return
                "\(id) assesses \(value("assessed")), not \(value("partner")); only the same partner's answers can be copied"
        case .mismatch:
            return
                "\(id) answered \(value("answered")), not \(value("questionnaire")); answers are copied only between assessments on the same questionnaire and version"
        case .notFinal:
            return
                "\(id) has no final determination yet; only the answers of a final assessment can be copied"
        default:
            return
                "\(id) became final on \(value("final")), longer ago than the re-use window of \(value("questionnaire")) (\(value("window")), until \(value("until"))); start a new assessment without copying"
        }
    }

    /// Why coverage does not reach the threshold, in a programme officer's words.
    private static func coverageShortfall(_ values: [String: String]) -> String {
        func value(_ key: String) -> String { values[key] ?? "" }
        let scope = value("categories").split(separator: ", ").map {
            $0.replacingOccurrences(of: "_", with: "-")
        }
        let who =
            scope.joined(separator: " and ")
            + (values["contactOnly"] == "true" ? " in contact with beneficiaries" : "")
        return
            "training coverage of \(value("partner")) is \(value("trained")) of \(value("inScope")) \(who) (\(value("share"))); confirming needs \(value("threshold")) (coverage_threshold in \(values["file"] ?? "the training policy")); record more trainings first"
    }
}
