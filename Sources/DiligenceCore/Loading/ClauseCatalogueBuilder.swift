import Foundation
import Yams

/// Builds a ``ClauseCatalogue`` from a composed YAML tree, collecting every problem.
struct ClauseCatalogueBuilder {
    var reader: NodeReader
    var languages: [String] = ClauseCatalogueLoader.knownLanguages
    /// The catalogue's negation rules, read before its clauses.
    var negation = ClauseNegation.none
    /// What binds a duty, read before the clauses.
    var binding = ClauseBinding.none

    init(file: String) { reader = NodeReader(file: file) }

    func byKey(_ entries: [(key: String, keyNode: Node, value: Node)]) -> [String: Node] {
        var result: [String: Node] = [:]
        for entry in entries where result[entry.key] == nil { result[entry.key] = entry.value }
        return result
    }

    mutating func build(_ root: Node, text: String) -> ClauseCatalogue? {
        guard
            let entries = reader.entries(
                root, what: "the clause catalogue", allowed: ClauseCatalogueLoader.topKeys)
        else { return nil }
        let top = byKey(entries)
        var id = ""
        if let idNode = top["clause_catalogue"] {
            id = reader.name(idNode, what: "the catalogue id") ?? ""
        } else {
            reader.error(
                .missingKey, "the clause catalogue needs a \"clause_catalogue:\" line with its id", at: root)
        }
        let version = top["version"].flatMap { reader.integer($0, what: "version") } ?? 1
        if let languagesNode = top["languages"] { readLanguages(languagesNode) }
        if let negationNode = top["negation"] { negation = readNegation(negationNode) }
        if let bindingNode = top["binding"] { binding = readBinding(bindingNode) }
        var clauses: [ClauseDefinition] = []
        if let clausesNode = top["clauses"] {
            clauses = readClauses(clausesNode)
        } else {
            reader.error(.missingKey, "the clause catalogue needs a \"clauses:\" list", at: root)
        }
        guard reader.report.isValid else { return nil }
        return ClauseCatalogue(
            id: id, version: version, languages: languages, clauses: clauses, negation: negation,
            binding: binding, hash: ContentHash.sha256(text), file: reader.file, source: text)
    }

    private mutating func readLanguages(_ node: Node) {
        guard let names = reader.names(node, what: "a language") else { return }
        var result: [String] = []
        for (name, nameNode) in names {
            guard ClauseCatalogueLoader.knownLanguages.contains(name) else {
                reader.error(
                    .invalidValue, unknownLanguage(name, among: ClauseCatalogueLoader.knownLanguages),
                    at: nameNode)
                continue
            }
            result.append(name)
        }
        languages = result
    }

    private func unknownLanguage(_ name: String, among known: [String]) -> String {
        var message = "\"\(name)\" is not a language of this catalogue"
        if let suggestion = Suggestion.closest(to: name, among: known) {
            message += "; did you mean \"\(suggestion)\"?"
        } else {
            message += "; use one of " + known.joined(separator: ", ")
        }
        return message
    }

    private mutating func readClauses(_ node: Node) -> [ClauseDefinition] {
        guard let items = reader.items(node, what: "clauses") else { return [] }
        if items.isEmpty { reader.error(.invalidValue, "the catalogue lists no clause", at: node) }
        var seen: [String: Int] = [:]
        var clauses: [ClauseDefinition] = []
        for item in items {
            // The id is checked for repeats even when the rest of the clause has problems.
            if case .mapping(let mapping) = item, let id = mapping["id"]?.string {
                if let line = seen[id] {
                    reader.error(
                        .duplicateID,
                        "the clause id \"\(id)\" is already used at line \(line); each clause needs its own id",
                        at: item)
                    continue
                }
                seen[id] = reader.location(of: item).line
            }
            guard let clause = readClause(item) else { continue }
            clauses.append(clause)
        }
        return clauses
    }

    /// True for `C` followed by a number from 1, such as `C5` or `C15`.
    static func isClauseID(_ id: String) -> Bool {
        guard id.first == "C", let number = Int(id.dropFirst()), number >= 1 else { return false }
        return String(number) == id.dropFirst()
    }

    private mutating func readClause(_ node: Node) -> ClauseDefinition? {
        guard let entries = reader.entries(node, what: "a clause", allowed: ClauseCatalogueLoader.clauseKeys)
        else { return nil }
        let properties = byKey(entries)
        let errors = reader.report.errors.count
        var id = ""
        if let idNode = properties["id"], let value = reader.text(idNode, what: "the clause id") {
            if Self.isClauseID(value) {
                id = value
            } else {
                reader.error(
                    .invalidValue, "the clause id \"\(value)\" must be C followed by a number, such as C5",
                    at: idNode)
            }
        } else if properties["id"] == nil {
            reader.error(.missingKey, "a clause needs an \"id:\" line (C1, C2, ...)", at: node)
        }
        let what = id.isEmpty ? "a clause" : "clause \(id)"
        let title = properties["title"].flatMap { reader.text($0, what: "the title of \(what)") } ?? ""
        if properties["title"] == nil {
            reader.error(.missingKey, "\(what) needs a \"title:\" line", at: node)
        }
        let mandatory = properties["mandatory"].flatMap { reader.boolean($0, what: "mandatory") } ?? true
        let window = properties["window"].flatMap { readWindow($0) } ?? .paragraph
        var elements: [ClauseElement] = []
        if let allOf = properties["all_of"] {
            elements = readElements(allOf, what: what)
        } else {
            reader.error(
                .missingKey, "\(what) needs an \"all_of:\" list of the elements that make it", at: node)
        }
        if elements.count > 16, let allOf = properties["all_of"] {
            reader.error(
                .invalidValue, "\(what) has \(elements.count) elements; split it, 16 at most", at: allOf)
        }
        if !elements.isEmpty, !elements.contains(where: \.anchor) { elements[0].anchor = true }
        guard reader.report.errors.count == errors else { return nil }
        return ClauseDefinition(
            id: id, title: title, mandatory: mandatory, window: window, elements: elements,
            location: reader.location(of: node))
    }

    private mutating func readWindow(_ node: Node) -> ClauseWindow? {
        guard let value = reader.text(node, what: "window") else { return nil }
        if value == "paragraph" { return .paragraph }
        if value == "section" { return .section }
        if let count = Int(value), (1...10).contains(count) { return .sentences(count) }
        reader.error(
            .invalidValue,
            "window \"\(value)\" must be \"paragraph\", \"section\" or a number of sentences from 1 to 10",
            at: node)
        return nil
    }

    private mutating func readElements(_ node: Node, what: String) -> [ClauseElement] {
        guard let items = reader.items(node, what: "all_of of \(what)") else { return [] }
        if items.isEmpty { reader.error(.invalidValue, "all_of of \(what) lists no element", at: node) }
        var names = Set<String>()
        var elements: [ClauseElement] = []
        for item in items {
            guard
                let entries = reader.entries(
                    item, what: "an element of \(what)", allowed: ClauseCatalogueLoader.elementKeys)
            else { continue }
            let properties = byKey(entries)
            guard let nameNode = properties["element"] else {
                reader.error(
                    .missingKey, "each element of \(what) needs an \"element:\" line naming it", at: item)
                continue
            }
            guard let name = reader.name(nameNode, what: "the element name") else { continue }
            if !names.insert(name).inserted {
                reader.error(.duplicateID, "the element \"\(name)\" appears twice in \(what)", at: nameNode)
                continue
            }
            let anchor = properties["anchor"].flatMap { reader.boolean($0, what: "anchor") } ?? false
            let negatable =
                properties["negatable"].flatMap { reader.boolean($0, what: "negatable") } ?? false
            guard let anyOf = properties["any_of"] else {
                reader.error(
                    .missingKey, "the element \"\(name)\" of \(what) needs an \"any_of:\" list of phrases",
                    at: item)
                continue
            }
            var phrases = readPhrases(anyOf, what: "the element \"\(name)\" of \(what)")
            var elsewhereWith: [ClausePhrase] = []
            if let elsewhere = properties["elsewhere_any_of"] {
                if anchor {
                    reader.error(
                        .invalidValue,
                        "the element \"\(name)\" of \(what) is an anchor, which must be in the passage itself; remove \"elsewhere_any_of\" or \"anchor\"",
                        at: elsewhere)
                }
                let apart = readPhrases(
                    elsewhere, what: "elsewhere_any_of of the element \"\(name)\" of \(what)")
                Self.add(apart, to: &phrases, marking: \.elsewhere)
                if let with = properties["elsewhere_with_any_of"] {
                    elsewhereWith = readElsewhereWith(with, apart: apart, name: name, of: what)
                }
            } else if let with = properties["elsewhere_with_any_of"] {
                reader.error(
                    .invalidValue,
                    "elsewhere_with_any_of of the element \"\(name)\" of \(what) says what must stand beside its elsewhere_any_of phrases, and it has none; add \"elsewhere_any_of\" or remove \"elsewhere_with_any_of\"",
                    at: with)
            }
            if let bound = properties["bound_any_of"] {
                let duties = readPhrases(bound, what: "bound_any_of of the element \"\(name)\" of \(what)")
                Self.add(duties, to: &phrases, marking: \.bound)
                checkBound(name, of: what, phrases: duties, at: bound)
            }
            let inSection =
                properties["in_section"].flatMap { reader.boolean($0, what: "in_section") } ?? false
            if inSection, anchor, let node = properties["in_section"] {
                reader.error(
                    .invalidValue,
                    "the element \"\(name)\" of \(what) is an anchor, which must be in the passage itself; remove \"in_section\" or \"anchor\"",
                    at: node)
            }
            elements.append(
                ClauseElement(
                    name: name, anchor: anchor, phrases: phrases, negatable: negatable, inSection: inSection,
                    elsewhereWith: elsewhereWith))
            if negatable, let node = properties["negatable"] {
                checkNegatable(name, of: what, phrases: phrases, at: node)
            }
        }
        return elements
    }

    /// `negation:`: how far a cue reaches, the cues, their exceptions and the scope ends, each a
    /// list (English) or a mapping of language to list, like `any_of`.
    private mutating func readNegation(_ node: Node) -> ClauseNegation {
        guard
            let entries = reader.entries(node, what: "negation", allowed: ClauseCatalogueLoader.negationKeys)
        else { return .none }
        let properties = byKey(entries)
        var reach = ClauseNegation.defaultReach
        if let reachNode = properties["reach"], let value = reader.integer(reachNode, what: "reach") {
            if (0...12).contains(value) {
                reach = value
            } else {
                reader.error(
                    .invalidValue,
                    "reach \(value) must be a number of words from 0 to 12 between a negation and the duty it cancels",
                    at: reachNode)
            }
        }
        guard let cuesNode = properties["cues"] else {
            reader.error(
                .missingKey, "negation needs a \"cues:\" list of the words that negate a duty (not, never)",
                at: node)
            return .none
        }
        let cues = readPhrases(cuesNode, what: "the negation cues")
        let exceptions =
            properties["exceptions"].map { readPhrases($0, what: "the negation exceptions") } ?? []
        let scopeEnds =
            properties["scope_ends"].map { readPhrases($0, what: "the negation scope ends") } ?? []
        let conditions =
            properties["conditions"].map { readPhrases($0, what: "the negation conditions") } ?? []
        return ClauseNegation(
            reach: reach, cues: cues, exceptions: exceptions, scopeEnds: scopeEnds, conditions: conditions)
    }

    /// Marks the phrases of `elsewhere_any_of` or `bound_any_of` (`mark`) among an element's
    /// phrases: one also in `any_of` is marked there, the others are added marked.
    static func add(
        _ marked: [ClausePhrase], to phrases: inout [ClausePhrase],
        marking mark: WritableKeyPath<ClausePhrase, Bool>
    ) {
        for phrase in marked {
            if let same = phrases.firstIndex(where: {
                $0.text == phrase.text && $0.language == phrase.language
            }) {
                phrases[same][keyPath: mark] = true
            } else {
                var added = ClausePhrase(phrase.text, language: phrase.language)
                added[keyPath: mark] = true
                phrases.append(added)
            }
        }
    }

    /// A negatable element needs negation cues in a language of its phrases.
    private mutating func checkNegatable(
        _ name: String, of what: String, phrases: [ClausePhrase], at node: Node
    ) {
        let cueLanguages = Set(negation.cues.map(\.language))
        guard !phrases.isEmpty, !phrases.contains(where: { cueLanguages.contains($0.language) }) else {
            return
        }
        let languages = Set(phrases.map(\.language)).sorted().joined(separator: ", ")
        reader.error(
            .invalidValue,
            negation.cues.isEmpty
                ? "the element \"\(name)\" of \(what) is negatable, but the catalogue has no \"negation:\" with cues; add one or remove \"negatable\""
                : "the element \"\(name)\" of \(what) is negatable, but the negation cues have no phrase in \(languages); add cues in that language",
            at: node)
    }

    /// `any_of` is a mapping from a language to its phrases, or a plain list (English).
    mutating func readPhrases(_ node: Node, what: String) -> [ClausePhrase] {
        var groups: [(String, Node)] = []
        if case .sequence = node {
            groups = [("en", node)]
        } else if let entries = reader.entries(node, what: "any_of of \(what)") {
            for entry in entries {
                guard languages.contains(entry.key) else {
                    reader.error(
                        .invalidValue, unknownLanguage(entry.key, among: languages), at: entry.keyNode)
                    continue
                }
                groups.append((entry.key, entry.value))
            }
        }
        var phrases: [ClausePhrase] = []
        for (language, listNode) in groups {
            guard let items = reader.items(listNode, what: "the \(language) phrases of \(what)") else {
                continue
            }
            if items.isEmpty {
                reader.error(
                    .invalidValue, "the \(language) phrases of \(what) are empty; list at least one",
                    at: listNode)
            }
            for item in items {
                guard let text = reader.text(item, what: "a phrase") else { continue }
                if let problem = PhrasePattern.problem(in: text) {
                    reader.error(.invalidValue, "the phrase \"\(text)\" of \(what) \(problem)", at: item)
                    continue
                }
                phrases.append(ClausePhrase(text, language: language))
            }
        }
        if groups.isEmpty, reader.report.isValid {
            reader.error(.invalidValue, "any_of of \(what) lists no phrase", at: node)
        }
        return phrases
    }
}
