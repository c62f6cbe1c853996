import DiligenceCore
import Foundation

/// A corpus's `labels.json`: for each document and clause, what a careful reader found (present,
/// partial or absent). Only the labels are read; the quotes stay in the corpus.
struct CorpusLabels {
    /// One labelled document: its file name, its language and the label of each clause.
    struct Document {
        var file: String
        /// `en`, `fr`, `es`, or `none` for a document that is not an agreement.
        var language: String
        var labels: [String: ClauseStatus]
    }

    var documents: [Document]

    /// Reads `labels.json` in `folder`.
    static func load(_ folder: URL) throws -> CorpusLabels {
        let url = folder.appendingPathComponent("labels.json")
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        guard let root = object as? [String: Any], let documents = root["documents"] as? [String: Any] else {
            throw EvaluationError("\(url.path): no \"documents\" object")
        }
        var result: [Document] = []
        for (file, value) in documents.sorted(by: { $0.key < $1.key }) {
            guard let clauses = value as? [String: Any] else { continue }
            var labels: [String: ClauseStatus] = [:]
            for (clause, entry) in clauses {
                let label = (entry as? [String: Any])?["label"] as? String ?? entry as? String
                guard let label, let status = ClauseStatus(rawValue: label) else {
                    throw EvaluationError("\(url.path): \(file) \(clause): no present/partial/absent label")
                }
                labels[clause] = status
            }
            let agreement = labels.values.contains { $0 != .absent }
            result.append(
                Document(file: file, language: agreement ? language(of: file) : "none", labels: labels))
        }
        return CorpusLabels(documents: result)
    }

    /// The language a corpus file is written in, by the word its name carries (`english`, `french`,
    /// `spanish`); English otherwise.
    static func language(of file: String) -> String {
        let name = file.lowercased()
        if name.contains("french") || name.contains("-fr") { return "fr" }
        if name.contains("spanish") || name.contains("-es") { return "es" }
        return "en"
    }
}

/// A problem that stops the evaluation, said in a line.
struct EvaluationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
