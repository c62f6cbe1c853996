import Foundation
import Testing

extension CLIWorkspace {
    /// `diligence flag ARGS --as USER --role ROLE`.
    @discardableResult
    func flag(_ arguments: [String], role: String, user: String = "tester") throws -> CLIResult {
        try run(["flag"] + arguments + ["--as", user, "--role", role])
    }

    /// Raises a flag that must be accepted; returns its id.
    func raiseFlag(
        on partner: String, level: String = "yellow", category: String = "financial",
        role: String = "programme_officer"
    ) throws -> String {
        let result = try flag(
            ["raise", partner, "--category", category, "--level", level, "--reason", "Late audit report."],
            role: role)
        try #require(result.exitCode == 0, "flag raise failed: \(result)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `flag show ID --json`.
    func showFlag(_ id: String) throws -> [String: Any] {
        let result = try run("flag", "show", id, "--json")
        try #require(result.exitCode == 0, "flag show failed: \(result)")
        return try result.jsonObject()
    }
}

/// `diligence flag`: the ladder end to end, refusals by role with nothing written, lists, history,
/// inheritance and the audit.
@Suite struct FlagCommandTests {
    @Test func theLadderEndToEndWithEveryRefusalByRole() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let id = try workspace.raiseFlag(on: partner)
        #expect(id == "F-0001")
        let byHQ = try workspace.flag(["escalate", id, "--reason", "x"], role: "hq_reviewer")
        #expect(byHQ.exitCode == 1)
        #expect(byHQ.stderr.contains("needs the role"), "\(byHQ)")
        let escalated = try workspace.flag(["escalate", id, "--reason", "Repeated."], role: "manager")
        #expect(escalated.exitCode == 0, "\(escalated)")
        #expect(escalated.stdout.contains("now in headquarters/escalated"))
        for decision in ["confirm", "defer"] {
            let refused = try workspace.flag([decision, id, "--reason", "x"], role: "programme_officer")
            #expect(refused.exitCode == 1)
            #expect(refused.stderr.contains("it needs the role hq_reviewer"), "\(refused)")
        }
        let deferred = try workspace.flag(["defer", id, "--reason", "Handle locally."], role: "hq_reviewer")
        #expect(deferred.exitCode == 0, "\(deferred)")
        let twice = try workspace.flag(["escalate", id, "--reason", "Again."], role: "manager")
        #expect(twice.exitCode == 1)
        #expect(twice.stderr.contains("escalations == 0"), "\(twice)")
        let noJustification = try workspace.flag(["invalidate", id, "--reason", " "], role: "manager")
        #expect(noJustification.exitCode == 1)
        #expect(noJustification.stderr.contains("justification"), "\(noJustification)")
        let invalidated = try workspace.flag(
            ["invalidate", id, "--reason", "Wrong partner."], role: "manager")
        #expect(invalidated.exitCode == 0, "\(invalidated)")

        let shown = try workspace.showFlag(id)
        #expect(shown["state"] as? String == "invalidated")
        #expect(shown["valid"] as? Bool == false)
        #expect(shown["justification"] as? String == "Wrong partner.")
        #expect(shown["reason"] as? String == "Late audit report.")
        let history = try #require(shown["history"] as? [[String: Any]])
        #expect(
            history.map { $0["event"] as? String } == ["start", "raise", "escalate", "defer", "invalidate"])
        #expect(history.map { $0["role"] as? String }.last == "manager")
        let text = try workspace.run("flag", "show", id)
        #expect(text.stdout.contains("defer  tester (hq_reviewer): note = Handle locally."), "\(text)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func onlyHeadquartersRaisesRedAndRefusalsWriteNothing() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let before = try workspace.history(partner).count
        let refused = try workspace.flag(
            ["raise", partner, "--category", "sanctions_match", "--level", "red", "--reason", "Listed."],
            role: "programme_officer")
        #expect(refused.exitCode == 1)
        #expect(
            refused.stderr.contains(
                "the role programme_officer may not raise a red flag; hq_reviewer may (raise it yellow, and `diligence flag escalate`"
            ), "\(refused)")
        // No flag id is named: none was taken.
        #expect(!refused.stderr.contains("F-0") && !refused.stderr.contains("raise_red"), "\(refused)")
        let usage: [([String], String)] = [
            (
                ["raise", partner, "--category", "financal", "--level", "yellow", "--reason", "x"],
                "did you mean financial?"
            ),
            (
                ["raise", partner, "--category", "other", "--level", "amber", "--reason", "x"],
                "--level \"amber\""
            ),
            (
                ["raise", partner, "--category", "other", "--level", "escalated", "--reason", "x"],
                "flag escalate"
            ),
            (["raise", "P-0009", "--category", "other", "--level", "yellow", "--reason", "x"], "P-0009"),
        ]
        for (arguments, message) in usage {
            let result = try workspace.flag(arguments, role: "programme_officer")
            #expect(result.exitCode != 0)
            #expect(result.stderr.contains(message), "\(result)")
        }
        #expect(
            try SQLiteFile.strings(
                "SELECT COUNT(*) FROM instance WHERE kind = 'flag'", at: workspace.database) == ["0"])
        #expect(try workspace.history(partner).count == before)
        let red = try workspace.raiseFlag(
            on: partner, level: "red", category: "sanctions_match", role: "hq_reviewer")
        #expect(try workspace.showFlag(red)["locks_partner"] as? Bool == true)
        let lockedOut = try workspace.send(partner, "complete_assessment", role: "programme_officer")
        #expect(lockedOut.exitCode == 1)
        #expect(lockedOut.stderr.contains("locked by the red flag \(red)"), "\(lockedOut)")
    }

    @Test func listsFilterAndCountryRecordsShowInheritedFlags() throws {
        let workspace = try CLIWorkspace()
        let headquarters = try workspace.addPartner("Global Aid", country: "CH", type: "ingo")
        let country = try workspace.addPartner(
            "Global Aid Kenya", country: "KE", type: "ingo", extra: ["--headquarters", headquarters])
        let red = try workspace.raiseFlag(
            on: headquarters, level: "red", category: "sanctions_match", role: "hq_reviewer")
        let own = try workspace.raiseFlag(on: country, level: "observation")
        let list = try workspace.run("flag", "list", "--partner", country, "--json")
        #expect(list.exitCode == 0, "\(list)")
        let flags = try list.jsonArray()
        #expect(flags.map { $0["id"] as? String } == [own, red])
        #expect(flags.map { $0["inherited_from"] as? String } == [nil, headquarters])
        let reds = try workspace.run("flag", "list", "--level", "red", "--json").jsonArray()
        #expect(reds.map { $0["id"] as? String } == [red])
        #expect(try workspace.run("flag", "list", "--partner", headquarters, "--json").jsonArray().count == 1)
        let table = try workspace.run("flag", "list", "--partner", country)
        #expect(table.stdout.contains("\(headquarters) (inherited)"), "\(table)")
        let shown = try workspace.show(country)
        #expect((shown["context"] as? [String: Any])?["open_red_flags"] as? Int == 1)
        #expect((shown["flags"] as? [[String: Any]])?.count == 2)
        let text = try workspace.run("partner", "show", country)
        #expect(text.stdout.contains("inherited from \(headquarters)"), "\(text)")
        // The risk report counts the inherited red flag on the country record's line (it locks
        // it), and once in the totals.
        let risk = try workspace.run("audit", "risk", "--json").jsonObject()
        let lines = try #require(risk["partners"] as? [[String: Any]])
        let countryLine = try #require(lines.first { $0["id"] as? String == country })
        let countryFlags = try #require(countryLine["open_flags"] as? [String: Int])
        #expect(countryFlags["red"] == 1 && countryFlags["observation"] == 1, "\(countryFlags)")
        #expect(countryLine["locked"] as? Bool == true)
        let all = try #require((risk["totals"] as? [String: Any])?["all"] as? [String: Any])
        #expect((all["open_flags"] as? [String: Int])?["red"] == 1, "\(all)")
        let resolved = try workspace.flag(["resolve", red, "--reason", "Delisted."], role: "hq_reviewer")
        #expect(resolved.exitCode == 0, "\(resolved)")
        #expect(
            try workspace.run("flag", "list", "--open", "--json").jsonArray().map { $0["id"] as? String } == [
                own
            ])
        #expect((try workspace.show(country)["context"] as? [String: Any])?["open_red_flags"] as? Int == 0)
        let badLevel = try workspace.run("flag", "list", "--level", "purple")
        #expect(badLevel.exitCode == 2)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func theAuditCatchesAnEditedFlag() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let id = try workspace.raiseFlag(on: partner)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
        let audit = try workspace.auditVerifyAfterTampering(
            "UPDATE instance SET snapshot = replace(snapshot, '\"level\":\"yellow\"', '\"level\":\"observation\"') WHERE subject = '\(id)'"
        )
        #expect(audit.stdout.contains(id) || audit.stderr.contains(id), "\(audit)")
    }
}
