import DiligenceApp
import DiligenceCore
import Foundation
import Hummingbird

/// The shipped workflows: a list, and each one's diagram with its states and transitions as
/// tables (no chart without its data).
extension WebApp {
    func addWorkflowRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/workflows") { _, context in
            _ = try context.signedIn
            let charts = service.workflowCharts
            let values: [String: Any] = [
                "workflows": charts.map { chart in
                    [
                        "id": chart.id, "title": chart.title, "subject": RoleNames.sentence(chart.subject),
                        "states": chart.states.count, "transitions": chart.transitions.count,
                        "version": chart.version,
                    ] as [String: Any]
                }
            ]
            return pages.page(
                "workflows", title: "Workflows", values: values, context: context,
                navigation: await navigation("workflows", context))
        }
        router.get("/workflows/{id}") { _, context in
            _ = try context.signedIn
            let id = try context.parameters.require("id")
            guard let chart = try? service.workflowChart(id) else { return notFound(context) }
            let content = fragments.html("workflow|" + id) {
                pages.fragment("workflow-content", values: Self.workflowValues(chart))
            }
            return pages.page(
                "workflow", title: chart.title, values: ["content_html": content, "id": id], context: context,
                navigation: await navigation("workflows", context))
        }
    }

    static func workflowValues(_ chart: WorkflowChart) -> [String: Any] {
        [
            "id": chart.id, "title": chart.title, "subject": RoleNames.sentence(chart.subject),
            "version": chart.version,
            "started_by": chart.startedBy.isEmpty
                ? "Started by the system"
                : "Started by " + chart.startedBy.map(RoleNames.name).joined(separator: ", "),
            "svg": WorkflowDrawing.svg(chart),
            "states": chart.states.map { state in
                [
                    "name": RoleNames.sentence(state.id), "path": state.path,
                    "indent": String(repeating: "— ", count: state.depth),
                    "kind": [
                        "atomic": "Step", "compound": "Group of steps", "parallel": "Regions side by side",
                        "final": "End",
                    ][state.kind] ?? state.kind,
                    "start": state.isInitial ? "Yes" : "",
                    "description": state.description ?? "",
                ]
            },
            "transitions": chart.transitions.enumerated().map { number, transition in
                [
                    "number": number + 1, "from": RoleNames.sentence(transition.from),
                    "to": transition.to.map(RoleNames.sentence) ?? "Stays (records data)",
                    "trigger": transition.event.map(RoleNames.sentence)
                        ?? (transition.trigger == "done" ? "When done" : "Always"),
                    "condition": transition.condition ?? "",
                    "roles": transition.roles.map(RoleNames.name).joined(separator: ", "),
                    "requires": transition.requires.map(RoleNames.sentence).joined(separator: ", "),
                ] as [String: Any]
            },
        ]
    }
}
