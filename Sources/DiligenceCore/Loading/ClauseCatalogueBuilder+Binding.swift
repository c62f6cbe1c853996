import Yams

/// The keys that qualify an element's phrases: `elsewhere_with_any_of` beside `elsewhere_any_of`,
/// and `bound_any_of` with the catalogue's `binding:` (duties and invitations).
extension ClauseCatalogueBuilder {
    /// `elsewhere_with_any_of`: the phrases that must stand beside those of `elsewhere_any_of`, in
    /// every language those are written in.
    mutating func readElsewhereWith(
        _ node: Node, apart: [ClausePhrase], name: String, of what: String
    ) -> [ClausePhrase] {
        let with = readPhrases(node, what: "elsewhere_with_any_of of the element \"\(name)\" of \(what)")
        let languages = Set(with.map(\.language))
        let lacking = Set(apart.map(\.language)).subtracting(languages).sorted()
        if !with.isEmpty, !lacking.isEmpty {
            reader.error(
                .invalidValue,
                "elsewhere_with_any_of of the element \"\(name)\" of \(what) has no phrase in \(lacking.joined(separator: ", ")), so its elsewhere_any_of phrases in that language would never find it; add phrases in that language",
                at: node)
        }
        return with
    }

    /// `binding:`: the duties and the invitations, each a list (English) or a mapping of language
    /// to list, like `any_of`.
    mutating func readBinding(_ node: Node) -> ClauseBinding {
        guard let entries = reader.entries(node, what: "binding", allowed: ClauseCatalogueLoader.bindingKeys)
        else { return .none }
        let properties = byKey(entries)
        guard let dutiesNode = properties["duties"] else {
            reader.error(
                .missingKey,
                "binding needs a \"duties:\" list of the words that bind a duty (shall, must, ensure)",
                at: node)
            return .none
        }
        let duties = readPhrases(dutiesNode, what: "the binding duties")
        let invitations =
            properties["invitations"].map { readPhrases($0, what: "the binding invitations") } ?? []
        return ClauseBinding(duties: duties, invitations: invitations)
    }

    /// Bound phrases need duties in their languages, or they would never count.
    mutating func checkBound(_ name: String, of what: String, phrases: [ClausePhrase], at node: Node) {
        let dutyLanguages = Set(binding.duties.map(\.language))
        let lacking = Set(phrases.map(\.language)).subtracting(dutyLanguages).sorted()
        guard !lacking.isEmpty else { return }
        reader.error(
            .invalidValue,
            binding.duties.isEmpty
                ? "the element \"\(name)\" of \(what) has bound_any_of phrases, which count only as a duty, but the catalogue has no \"binding:\" with duties; add one or move the phrases to any_of"
                : "the element \"\(name)\" of \(what) has bound_any_of phrases in \(lacking.joined(separator: ", ")), but the binding duties have none in that language; add duties in that language",
            at: node)
    }
}
