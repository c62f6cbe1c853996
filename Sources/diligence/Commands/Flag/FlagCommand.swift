import ArgumentParser

/// `diligence flag`: risk flags on partners and their ladder.
struct FlagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag",
        abstract:
            "Raise risk flags on partners and move them on the ladder: observation, yellow, escalated, red.",
        discussion: """
            Each flag is its own record (F-0001) running Workflows/risk-flag.yaml. The country office \
            raises observations and yellow flags and may escalate a yellow flag once; headquarters \
            (--role hq_reviewer) confirms it (red) or defers it (yellow again), raises red flags \
            directly and resolves red flags. A valid red flag locks the partner. Invalidating a flag \
            needs a justification; nothing is overwritten: `flag show` prints the whole history.
            """,
        subcommands: [
            RaiseFlag.self, EscalateFlag.self, ConfirmFlag.self, DeferFlag.self, InvalidateFlag.self,
            ResolveFlag.self, UpgradeFlag.self, ListFlags.self, ShowFlag.self,
        ])
}
