import Foundation
import Yams

/// Turns `Assessments/agreement-clauses.yaml` into a checked ``ClauseCatalogue``, or reports every
/// problem with its `file:line:column`.
public enum ClauseCatalogueLoader {
    static let topKeys = [
        "clause_catalogue", "version", "title", "description", "languages", "negation", "binding", "clauses",
    ]
    static let negationKeys = ["reach", "cues", "exceptions", "scope_ends", "conditions"]
    static let bindingKeys = ["duties", "invitations"]
    static let clauseKeys = ["id", "title", "mandatory", "window", "all_of", "note"]
    static let elementKeys = [
        "element", "anchor", "negatable", "in_section", "any_of", "elsewhere_any_of", "elsewhere_with_any_of",
        "bound_any_of",
    ]
    /// The languages phrases may be written in (ISO 639-1).
    public static let knownLanguages = ["en", "fr", "es", "pt"]

    /// Loads a catalogue from its text. The catalogue is `nil` when there is any error.
    public static func load(file: String, text: String) -> (ClauseCatalogue?, DefinitionReport) {
        YAMLSource.load(file: file, text: text, with: load(_:))
    }

    /// Loads a catalogue from a composed file.
    static func load(_ source: YAMLSource) -> (ClauseCatalogue?, DefinitionReport) {
        guard let root = source.root else {
            let error = DefinitionError(
                .missingKey, "this clause catalogue is empty; it needs clause_catalogue and clauses",
                at: source.start)
            return (nil, DefinitionReport(errors: [error]))
        }
        var builder = ClauseCatalogueBuilder(file: source.file)
        let catalogue = builder.build(root, text: source.text)
        let report = builder.reader.report
        return (report.isValid ? catalogue : nil, report)
    }
}
