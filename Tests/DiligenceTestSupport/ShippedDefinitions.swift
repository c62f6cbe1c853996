public import DiligenceCore
import Foundation

/// The definitions the repository ships (`Workflows/` and `Assessments/`), loaded as one set the
/// way the CLI loads them, for tests that need the real files.
public enum ShippedDefinitions {
    /// Every `.yaml` file of the two folders, validated as one set.
    public static func set() throws -> DefinitionSet {
        var files: [DefinitionSet.File] = []
        for (folder, kind) in [("Workflows", DefinitionSet.Folder.workflows), ("Assessments", .assessments)] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Repository.url(folder).path)
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = folder + "/" + name
                files.append(DefinitionSet.File(path: path, text: try Repository.text(path), folder: kind))
            }
        }
        return DefinitionSet(files: files)
    }
}
