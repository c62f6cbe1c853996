import DiligenceCore

/// The values of a record's event buttons: one form per event the account may send (with a field
/// for each piece of data it needs), and the events waiting on other roles.
enum EventForms {
    static func actions(
        _ events: [WorkflowDefinition.AvailableEvent], definition: WorkflowDefinition?, record: String
    ) -> [[String: Any]] {
        events.enumerated().map { index, action in
            [
                "id": record, "event": action.event, "label": RoleNames.sentence(action.event),
                "secondary": index > 0,
                "fields": action.requires.map { path in
                    [
                        "field_id": "\(action.event)-\(path)".replacingOccurrences(of: ".", with: "-"),
                        "path": path, "label": RoleNames.sentence(path),
                        "description": definition?.field(path)?.description ?? false,
                    ] as [String: Any]
                },
            ] as [String: Any]
        }
    }

    static func others(_ events: [WorkflowDefinition.AvailableEvent]) -> [[String: Any]] {
        events.enumerated().map { index, action in
            [
                "label": RoleNames.sentence(action.event),
                "roles": action.roles.map(RoleNames.name).joined(separator: " or "),
                "last": index == events.count - 1,
            ] as [String: Any]
        }
    }
}
