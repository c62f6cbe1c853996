/// A name in a workflow file that Swift reads back out (a state whose presence is a fact, a field
/// whose value is one, an event a command sends): declared once, with its record kind, so that
/// `diligence check` refuses a workflow file that renamed or dropped it, instead of the fact
/// silently changing.
public struct WorkflowName: Hashable, Sendable, CustomStringConvertible {
    /// What part of a workflow the name is.
    public enum Part: String, Hashable, Sendable {
        /// A state or a region (a region is a state whose children run in parallel).
        case state
        /// A field of the context.
        case field
        /// An event some transition handles.
        case event
    }

    /// What part of the workflow it is.
    public let part: Part
    /// The name as the workflow file spells it.
    public let name: String
    /// For a field read for one of its values (`outcome` = `substantiated`), that value, which the
    /// field's `values:` must list.
    public let value: String?
    /// What diligence reads it for, in a programme team's words (shown when it is missing).
    public let readFor: String

    /// A state or region.
    public static func state(_ name: String, readFor: String) -> WorkflowName {
        WorkflowName(part: .state, name: name, value: nil, readFor: readFor)
    }

    /// A field.
    public static func field(_ name: String, value: String? = nil, readFor: String) -> WorkflowName {
        WorkflowName(part: .field, name: name, value: value, readFor: readFor)
    }

    /// An event.
    public static func event(_ name: String, readFor: String) -> WorkflowName {
        WorkflowName(part: .event, name: name, value: nil, readFor: readFor)
    }

    /// The name, as the workflow spells it.
    public var description: String { name }

    /// What is wrong with `workflow` for this name (`nil` when the workflow has it), in a
    /// programme team's words.
    public func problem(in workflow: WorkflowDefinition) -> String? {
        switch part {
        case .state:
            guard workflow.state(name) == nil else { return nil }
            return "has no state \(name), which diligence reads for \(readFor)"
        case .event:
            guard !workflow.events.contains(name) else { return nil }
            return "handles no event \(name), which diligence sends for \(readFor)"
        case .field:
            guard let field = workflow.field(name) else {
                return "has no field \(name), which diligence reads for \(readFor)"
            }
            guard let value else { return nil }
            guard case .enumeration(let values) = field.type, values.contains(value) else {
                return "its field \(name) has no value \(value), which diligence reads for \(readFor)"
            }
            return nil
        }
    }
}
