import DiligenceTestSupport
import Foundation
import Testing

/// A definition file's JSON Schema, read for the tests that keep it in step with its loader.
struct JSONSchemaFile {
    /// The schema's top-level object.
    let root: [String: Any]
    /// Its `$defs`.
    let defs: [String: Any]

    /// Reads the schema at `path`, relative to the repository.
    init(_ path: String) throws {
        let data = try Data(contentsOf: Repository.url(path))
        root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        defs = try #require(root["$defs"] as? [String: Any])
    }

    /// The keys an object of the schema names under `properties`.
    static func keys(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    /// Whether an object of the schema rejects unknown keys (`additionalProperties: false`).
    static func closed(_ object: Any?) -> Bool {
        (object as? [String: Any])?["additionalProperties"] as? Bool == false
    }

    /// The values an object of the schema lists under `enum`.
    static func values(_ object: Any?) -> [String]? {
        (object as? [String: Any])?["enum"] as? [String]
    }
}
