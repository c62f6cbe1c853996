public import DiligenceCore
public import Foundation

/// Reads the definition folders from disk into a ``DefinitionSet``.
public enum DefinitionDirectory {
    /// The largest definition file read, in bytes (1 MiB); larger files are refused.
    public static let maximumFileSize = 1 << 20

    /// The message of the error for a workflows folder that does not exist.
    public static let noWorkflowsFolder = "there is no workflows folder here"

    /// Loads every `.yaml`/`.yml` file of the two folders and validates them as one set, complete
    /// (every record kind's workflow and the roles; see ``DefinitionSet/requireComplete``). A
    /// missing folder, an unreadable or oversized file becomes an error in the report, located
    /// at the file.
    public static func load(workflows: URL, assessments: URL) -> DefinitionSet {
        var files: [DefinitionSet.File] = []
        var problems: [DefinitionError] = []
        for (folder, kind) in [(workflows, DefinitionSet.Folder.workflows), (assessments, .assessments)] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                if kind == .workflows {
                    problems.append(
                        DefinitionError(
                            .unreadableFile,
                            Self.noWorkflowsFolder,
                            at: SourceLocation(file: folder.relativePath, line: 1, column: 1)))
                }
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let url = folder.appendingPathComponent(name)
                let shown = display(url, folder: folder, name: name)
                let location = SourceLocation(file: shown, line: 1, column: 1)
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
                guard size <= maximumFileSize else {
                    problems.append(
                        DefinitionError(
                            .unreadableFile,
                            "the file is larger than 1 MiB; a definition file should be far smaller",
                            at: location))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    problems.append(
                        DefinitionError(
                            .unreadableFile, "the file cannot be read (check its permissions)", at: location))
                    continue
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    problems.append(
                        DefinitionError(.unreadableFile, "the file is not UTF-8 text", at: location))
                    continue
                }
                files.append(DefinitionSet.File(path: shown, text: text, folder: kind))
            }
        }
        var set = DefinitionSet(files: files)
        set.add(problems)
        // A missing part is told only once every file loads: a broken file is its own error.
        if set.report.isValid {
            set.requireComplete(
                workflowsFolder: workflows.relativePath, assessmentsFolder: assessments.relativePath)
        }
        return set
    }

    private static func display(_ url: URL, folder: URL, name: String) -> String {
        let folderText = folder.relativePath
        return folderText == "."
            ? name : (folderText.hasSuffix("/") ? folderText + name : folderText + "/" + name)
    }
}
