import Foundation
import Yams

/// Reads the YAML form of a bulk answer file; every problem carries its `file:line:column`.
enum AnswerSheetYAML {
    static func read(file: String, text: String) throws(AnswerSheetError) -> [AnswerSheetRow] {
        let source: YAMLSource
        do {
            source = try YAMLSource(file: file, text: text)
        } catch {
            throw AnswerSheetError(problems: [error.description])
        }
        var reader = NodeReader(file: file)
        guard let root = source.root else {
            throw AnswerSheetError(problems: [
                "\(file):1:1: the file is empty; it needs `answers:` with a list"
            ])
        }
        var rows: [AnswerSheetRow] = []
        if let entries = reader.entries(root, what: "the file", allowed: ["answers"]) {
            if let list = entries.first(where: { $0.key == "answers" }) {
                for item in reader.items(list.value, what: "answers") ?? [] {
                    if let row = self.row(item, reader: &reader) { rows.append(row) }
                }
                if rows.count > AnswerSheet.maximumRows {
                    reader.error(
                        .invalidValue, "the file has more than \(AnswerSheet.maximumRows) answers",
                        at: list.keyNode)
                }
            } else {
                reader.error(.missingKey, "the file needs `answers:` with a list of answers", at: root)
            }
        }
        guard reader.report.errors.isEmpty else {
            throw AnswerSheetError(problems: reader.report.errors.map(\.description))
        }
        return rows
    }

    private static func row(_ node: Node, reader: inout NodeReader) -> AnswerSheetRow? {
        guard
            let entries = reader.entries(
                node, what: "an answer", allowed: ["question", "value", "evidence", "comment"])
        else { return nil }
        var question: String?
        var value: String?
        var comment: String?
        var evidence: [EvidenceReference] = []
        for (key, _, valueNode) in entries {
            switch key {
            case "question": question = reader.text(valueNode, what: "question")
            case "value": value = reader.text(valueNode, what: "value")
            case "comment": comment = reader.text(valueNode, what: "comment")
            default:
                for item in reader.items(valueNode, what: "evidence") ?? [] {
                    if case .scalar(let scalar) = item {
                        evidence.append(EvidenceReference(type: scalar.string))
                    } else if let members = reader.entries(
                        item, what: "an evidence reference", allowed: ["type", "description"])
                    {
                        guard
                            let type = members.first(where: { $0.key == "type" }).flatMap({
                                reader.text($0.value, what: "type")
                            })
                        else {
                            reader.error(.missingKey, "an evidence reference needs a type", at: item)
                            continue
                        }
                        let description = members.first { $0.key == "description" }.flatMap {
                            reader.text($0.value, what: "description")
                        }
                        evidence.append(EvidenceReference(type: type, description: description))
                    }
                }
            }
        }
        guard let question, !question.isEmpty else {
            reader.error(.missingKey, "an answer needs a question", at: node)
            return nil
        }
        guard let value, !value.isEmpty else {
            reader.error(.missingKey, "the answer to \(question) needs a value", at: node)
            return nil
        }
        return AnswerSheetRow(
            place: reader.location(of: node).description, question: question,
            answer: Answer(value: value, evidence: evidence, comment: comment))
    }
}
