public import DiligenceCore

/// The definition a loader gave for text that must be valid; throws the report when it gave none.
public func validDefinition<Definition>(_ loaded: (Definition?, DefinitionReport)) throws -> Definition {
    guard let definition = loaded.0 else { throw InvalidDefinitions(report: loaded.1) }
    return definition
}
