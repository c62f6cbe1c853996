import Foundation
import Yams

/// `shown_when:` on a question: asked only when an earlier question has one of some answers.
extension QuestionnaireBuilder {
    /// Reads a question's `shown_when:` mapping (`question:` and `answer:`, one value or a list);
    /// what it names is checked by ``checkConditions()`` once every question is read.
    mutating func readCondition(_ node: Node, question: String) -> QuestionCondition? {
        let what = "the shown_when of question \"\(question)\""
        guard let condition = properties(node, what: what, allowed: QuestionnaireLoader.conditionKeys) else {
            return nil
        }
        let hint = "for example shown_when: {question: investigations.past_allegations, answer: \"yes\"}"
        let target = required("question", in: condition, hint: hint).flatMap {
            reader.name($0, what: "the question of \(what)")
        }
        var answers: [String] = []
        if let answerNode = required("answer", in: condition, hint: hint) {
            let nodes: [Node]
            if case .sequence(let items) = answerNode { nodes = Array(items) } else { nodes = [answerNode] }
            if nodes.isEmpty {
                reader.error(
                    .missingKey, "\(what) lists no answer; name the answers that show it", at: answerNode)
            }
            answers = nodes.compactMap { reader.text($0, what: "an answer of \(what)") }
            guard answers.count == nodes.count, !answers.isEmpty else { return nil }
            for (index, answer) in answers.enumerated() where answers[..<index].contains(answer) {
                reader.error(
                    .invalidValue, "\(what) lists the answer \"\(answer)\" twice; list each answer once",
                    at: nodes[index])
                return nil
            }
        }
        guard let target, !answers.isEmpty else { return nil }
        conditionNodes.append((question, node))
        return QuestionCondition(question: target, answers: answers, location: reader.location(of: node))
    }

    /// Checks every `shown_when:` against the questions read: it names an earlier question of the
    /// questionnaire whose answers are fixed (yes/no, met/not met or a rating), and each answer is
    /// one that question takes. Each problem is reported at the name or answer in the file.
    mutating func checkConditions() {
        let questions = standards.flatMap(\.questions)
        let position = Dictionary(
            questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (id, node) in conditionNodes {
            guard let index = position[id], let condition = questions[index].shownWhen,
                case .mapping(let mapping) = node, let targetNode = mapping["question"],
                let answerNode = mapping["answer"]
            else { continue }
            let what = "the shown_when of question \"\(id)\""
            guard let targetIndex = position[condition.question] else {
                // A question whose own lines were wrong is reported there already.
                guard questionLines[condition.question] == nil else { continue }
                var message =
                    "\(what) names \"\(condition.question)\", which is not a question of this questionnaire"
                if let suggestion = Suggestion.closest(to: condition.question, among: questions.map(\.id)) {
                    message += "; did you mean \"\(suggestion)\"?"
                }
                reader.error(.unknownReference, message, at: targetNode)
                continue
            }
            guard targetIndex < index else {
                let which = targetIndex == index ? "the question itself" : "a later question"
                reader.error(
                    .invalidValue,
                    "\(what) names \(which), \"\(condition.question)\"; a question can be shown only by the answer to a question before it",
                    at: targetNode)
                continue
            }
            let target = questions[targetIndex]
            guard let allowed = fixedAnswers(of: target) else {
                reader.error(
                    .invalidValue,
                    "\(what) names \"\(target.id)\", which answers \(target.answer.name); a question can be shown only by a yes_no, met_not_met or rating answer",
                    at: targetNode)
                continue
            }
            let valueNodes: [Node]
            if case .sequence(let items) = answerNode {
                valueNodes = Array(items)
            } else {
                valueNodes = [answerNode]
            }
            for (value, valueNode) in zip(condition.answers, valueNodes) where !allowed.contains(value) {
                var message =
                    "\(what): \"\(value)\" is not an answer to \(target.id); it takes "
                    + allowed.joined(separator: ", ")
                if let suggestion = Suggestion.closest(to: value, among: allowed) {
                    message += " (did you mean \"\(suggestion)\"?)"
                }
                reader.error(.invalidValue, message, at: valueNode)
            }
        }
    }

    /// The answers a question takes when they form a fixed list; `nil` for text and dates.
    private func fixedAnswers(of question: Question) -> [String]? {
        switch question.answer {
        case .yesNo: ["yes", "no"]
        case .metOrNotMet: ["met", "not_met"]
        case .rating(let scale): scales.first { $0.id == scale }?.levels.map(\.id)
        case .text, .date: nil
        }
    }
}
