import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

@Suite struct WorkflowDiagramTests {
    @Test func mermaidShowsNestingRegionsInitialAndFinalStates() throws {
        let diagram = WorkflowDiagram.mermaid(try WorkflowFixtures.partnerLifecycle())
        let lines = diagram.split(separator: "\n").map(String.init)
        #expect(lines.first == "stateDiagram-v2")
        for line in [
            "    [*] --> registered",
            "    state engagement {",
            "        state agreement {",
            "            [*] --> clauses_pending",
            "            clauses_pending --> clauses_confirmed : always [agreement_cleared]",
            "            clauses_confirmed --> [*]",
            "        --",
            "        state training {",
            "    registered --> assessment : start_assessment (programme_officer)",
            "    assessment --> assessment : assessment_overdue (system)",
            "    active --> suspended : always [open_red_flags #gt; 0]",
            "    engagement --> active : done [open_red_flags == 0]",
            "    closed --> [*]",
        ] {
            #expect(lines.contains(line), "missing: \(line)")
        }
        let agreement = try #require(lines.firstIndex(of: "        state agreement {"))
        let separator = try #require(lines.firstIndex(of: "        --"))
        let training = try #require(lines.firstIndex(of: "        state training {"))
        #expect(agreement < separator && separator < training)
    }

    @Test func mermaidEscapesQuotesInGuards() throws {
        let diagram = WorkflowDiagram.mermaid(try WorkflowFixtures.partnerLifecycle())
        #expect(
            diagram.contains(
                "    assessment --> engagement : complete_assessment [capacity_level in [#quot;full#quot;, #quot;medium#quot;, #quot;no_contact_with_beneficiaries#quot;] && open_red_flags == 0] (programme_officer)\n"
            ))
        #expect(!diagram.contains("\"full\""))
    }

    @Test func dotUsesClustersAndEscapesQuotes() throws {
        let diagram = WorkflowDiagram.dot(try WorkflowFixtures.partnerLifecycle())
        let lines = diagram.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for line in [
            "digraph \"partner-lifecycle\" {",
            "subgraph \"cluster_engagement\" {",
            "style=\"rounded,dashed\";",
            "subgraph \"cluster_agreement\" {",
            "style=rounded;",
            "\"closed\" [shape=doublecircle];",
            "\"__start\" -> \"registered\";",
            "\"__start_agreement\" -> \"clauses_pending\";",
            "\"clauses_pending\" -> \"training_current\" [label=\"done [open_red_flags == 0]\", ltail=\"cluster_engagement\", lhead=\"cluster_active\"];",
            "\"training_current\" -> \"training_due\" [label=\"always [training_renewal_overdue]\"];",
            "\"assessment\" -> \"assessment\" [label=\"assessment_overdue (system)\", style=dotted];",
            "}",
        ] {
            #expect(lines.contains(line), "missing: \(line)")
        }
        #expect(
            diagram.contains("[label=\"complete_assessment [capacity_level in [\\\"full\\\", \\\"medium\\\""))
        #expect(diagram.hasSuffix("}\n"))
    }

    @Test func outputIsDeterministic() throws {
        let definition = try WorkflowFixtures.partnerLifecycle()
        #expect(WorkflowDiagram.mermaid(definition) == WorkflowDiagram.mermaid(definition))
        #expect(WorkflowDiagram.dot(definition) == WorkflowDiagram.dot(definition))
    }

    @Test func idsMermaidCannotReadGetAnAlias() throws {
        let definition = try WorkflowFixtures.definition(
            """
            workflow: w
            roles: [officer]
            initial: on-hold
            states:
              on-hold:
                on:
                  - event: release
                    target: gone.away
              gone.away:
                type: final
            """)
        let mermaid = WorkflowDiagram.mermaid(definition)
        #expect(mermaid.contains("    state \"on-hold\" as on_hold\n"))
        #expect(mermaid.contains("    on_hold --> gone_away : release\n"))
        #expect(WorkflowDiagram.dot(definition).contains("\"on-hold\" -> \"gone.away\" [label=\"release\"];"))
    }
}
