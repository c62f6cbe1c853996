import Foundation
import Yams

extension QuestionnaireBuilder {
    /// `scales:`: a list of scales, each with its levels from lowest to highest.
    mutating func readScales(_ node: Node) {
        var seen: [String: Int] = [:]
        for item in reader.items(node, what: "scales") ?? [] {
            guard let scale = properties(item, what: "a scale", allowed: QuestionnaireLoader.scaleKeys),
                let idNode = required("id", in: scale),
                let id = uniqueID(idNode, what: "scale id", seen: &seen, scope: "in a questionnaire")
            else { continue }
            var levels: [RatingScale.Level] = []
            let errorsBeforeLevels = reader.report.errors.count
            var seenLevels: [String: Int] = [:]
            let what = "a level of scale \"\(id)\""
            if let levelsNode = required("levels", in: scale, hint: "list the levels from lowest to highest")
            {
                for levelNode in reader.items(levelsNode, what: "the levels of scale \"\(id)\"") ?? [] {
                    guard
                        let level = properties(levelNode, what: what, allowed: QuestionnaireLoader.levelKeys),
                        let levelIDNode = required("id", in: level),
                        let levelID = uniqueID(
                            levelIDNode, what: "level id", seen: &seenLevels, scope: "in a scale")
                    else { continue }
                    let label = level["label"].flatMap { reader.text($0, what: "a level's label") } ?? levelID
                    let weight = level["weight"].flatMap { reader.integer($0, what: "a level's weight") }
                    levels.append(RatingScale.Level(id: levelID, label: label, weight: weight))
                    levelLocations[id, default: []].append(reader.location(of: levelNode))
                }
                if levels.isEmpty, reader.report.isValid {
                    reader.error(.missingKey, "scale \"\(id)\" has no levels", at: levelsNode)
                }
            }
            if reader.report.errors.count != errorsBeforeLevels { incompleteScales.insert(id) }
            scales.append(RatingScale(id: id, levels: levels, location: reader.location(of: idNode)))
        }
    }

    /// `standards:`: the core standards in order.
    mutating func readStandards(_ node: Node) {
        var seen: [String: Int] = [:]
        guard let items = reader.items(node, what: "standards") else { return }
        if items.isEmpty {
            reader.error(
                .missingKey, "standards is empty; a questionnaire needs at least one standard", at: node)
        }
        for item in items {
            guard
                let standard = properties(
                    item, what: "a standard", allowed: QuestionnaireLoader.standardKeys),
                let idNode = required("id", in: standard),
                let id = uniqueID(idNode, what: "standard id", seen: &seen, scope: "in a questionnaire")
            else { continue }
            let named = Properties(node: item, what: "standard \"\(id)\"", byKey: standard.byKey)
            let title = required("title", in: named).flatMap { reader.text($0, what: "a standard's title") }
            let requirement = required("requirement", in: named, hint: "say what must exist for it to be met")
                .flatMap { reader.text($0, what: "a standard's requirement") }
            let reference = required(
                "protocol_reference", in: named, hint: "name the paragraph of the UN Protocol it rests on"
            ).flatMap { reader.text($0, what: "a standard's protocol_reference") }
            var questions: [Question] = []
            if let questionsNode = required("questions", in: named) {
                let items = reader.items(questionsNode, what: "the questions of standard \"\(id)\"") ?? []
                if items.isEmpty, case .sequence = questionsNode {
                    reader.error(.missingKey, "standard \"\(id)\" has no questions", at: questionsNode)
                }
                questions = items.compactMap { readQuestion($0, standard: id) }
            }
            var evidence: [EvidenceType] = []
            if let evidenceNode = named["evidence"] {
                var seenEvidence: [String: Int] = [:]
                for evidenceItem in reader.items(evidenceNode, what: "the evidence of standard \"\(id)\"")
                    ?? []
                {
                    if let type = readEvidence(evidenceItem, standard: id, seen: &seenEvidence) {
                        evidence.append(type)
                    }
                }
            }
            standards.append(
                CoreStandard(
                    id: id, title: title ?? id, requirement: requirement ?? "",
                    protocolReference: reference ?? "",
                    questions: questions, evidence: evidence, location: reader.location(of: idNode)))
        }
    }

    private mutating func readQuestion(_ node: Node, standard: String) -> Question? {
        let what = "a question of standard \"\(standard)\""
        guard let question = properties(node, what: what, allowed: QuestionnaireLoader.questionKeys),
            let idNode = required("id", in: question),
            let id = uniqueQuestionID(idNode)
        else { return nil }
        let named = Properties(node: node, what: "question \"\(id)\"", byKey: question.byKey)
        let text = required("text", in: named).flatMap { reader.text($0, what: "a question's text") }
        let answer = required(
            "answer", in: named, hint: "one of " + AnswerType.names.joined(separator: ", ")
        ).flatMap { readAnswerType($0, question: named) }
        let isRequired = named["required"].flatMap { reader.boolean($0, what: "required") } ?? true
        let condition = named["shown_when"].flatMap { readCondition($0, question: id) }
        guard let text, let answer else { return nil }
        return Question(
            id: id, text: text, answer: answer, isRequired: isRequired, shownWhen: condition,
            location: reader.location(of: idNode))
    }

    private mutating func uniqueQuestionID(_ node: Node) -> String? {
        var seen = questionLines
        defer { questionLines = seen }
        return uniqueID(node, what: "question id", seen: &seen, scope: "in a questionnaire")
    }

    private mutating func readAnswerType(_ node: Node, question: Properties) -> AnswerType? {
        guard let name = reader.text(node, what: "an answer type") else { return nil }
        let scaleNode = question["scale"]
        if name != "rating", let scaleNode {
            reader.error(
                .invalidValue, "\(question.what) answers \(name) and cannot take a scale; only a rating does",
                at: scaleNode)
            return nil
        }
        switch name {
        case "yes_no": return .yesNo
        case "met_not_met": return .metOrNotMet
        case "text": return .text
        case "date": return .date
        case "rating":
            guard let scaleNode else {
                reader.error(
                    .missingKey, "\(question.what) answers with a rating and needs the scale: it uses",
                    at: question.node)
                return nil
            }
            return scaleReference(scaleNode, what: "the scale of \(question.what)").map {
                .rating(scale: $0.id)
            }
        default:
            var message =
                "\(question.what) has the unknown answer type \"\(name)\"; use "
                + AnswerType.names.joined(separator: ", ")
            if let suggestion = Suggestion.closest(to: name, among: AnswerType.names) {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            reader.error(.invalidValue, message, at: node)
            return nil
        }
    }

    private mutating func readEvidence(_ node: Node, standard: String, seen: inout [String: Int])
        -> EvidenceType?
    {
        let what = "an evidence type of standard \"\(standard)\""
        guard let evidence = properties(node, what: what, allowed: QuestionnaireLoader.evidenceKeys),
            let idNode = required("id", in: evidence),
            let id = uniqueID(idNode, what: "evidence type id", seen: &seen, scope: "in a standard")
        else { return nil }
        let named = Properties(node: node, what: "evidence type \"\(id)\"", byKey: evidence.byKey)
        let label = required("label", in: named).flatMap { reader.text($0, what: "an evidence type's label") }
        let needsDescription =
            named["description_required"].flatMap { reader.boolean($0, what: "description_required") }
            ?? false
        return label.map { EvidenceType(id: id, label: $0, requiresDescription: needsDescription) }
    }
}
