import DiligenceCore
import DiligenceStore

/// The terminal's wording of a definition error: the message, with the command line's hint where
/// one helps.
enum DefinitionMessages {
    /// The message of `error`; a missing workflows folder adds where to run from, or `--workflows`.
    static func text(_ error: DefinitionError) -> String {
        guard error.code == .unreadableFile, error.message == DefinitionDirectory.noWorkflowsFolder else {
            return error.message
        }
        return error.message + "; run diligence from the project folder or give --workflows DIR"
    }
}
