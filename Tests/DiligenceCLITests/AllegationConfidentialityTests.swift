import Foundation
import GRDB
import Testing

/// Confidentiality of allegations through the `diligence` executable: what each role sees with
/// each command, encryption at rest, the key file and the log of reads.
@Suite("allegation confidentiality through the CLI")
struct AllegationConfidentialityTests {
    static let channel = "CASE-CHANNEL-4e2a"
    static let perpetrators = "perpetrators"
    static let restricted = [
        CLIWorkspace.narrative, CLIWorkspace.victimDetails, CLIWorkspace.perpetratorDetails,
    ]

    /// A case with a marked channel (case class), 7 perpetrators (aggregate) and every restricted text.
    func workspaceWithCase() throws -> (CLIWorkspace, String) {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation(extra: ["--channel", Self.channel, "--perpetrators", "7"])
        #expect(try workspace.allegation(["consent", id, "--given"], role: "psea_focal_point").exitCode == 0)
        let assist = try workspace.allegation(
            ["assist", id, "--type", "psychosocial_support", "--status", "provided"], role: "psea_focal_point"
        )
        #expect(assist.exitCode == 0, "\(assist)")
        return (workspace, id)
    }

    /// What a role may see, by the shipped Assessments/allegation-confidentiality.yaml.
    struct Expectation {
        var role: String
        var readsRestricted: Bool
        var readsCase: Bool
        var readsAggregate: Bool
    }

    static let roles = [
        Expectation(role: "psea_focal_point", readsRestricted: true, readsCase: true, readsAggregate: true),
        Expectation(
            role: "programme_officer", readsRestricted: false, readsCase: true, readsAggregate: false),
        Expectation(role: "manager", readsRestricted: false, readsCase: false, readsAggregate: true),
        Expectation(role: "partner", readsRestricted: false, readsCase: false, readsAggregate: false),
    ]

    @Test func eachRoleSeesOnlyTheClassesItReadsWithEveryCommand() throws {
        let (workspace, id) = try workspaceWithCase()
        for expectation in Self.roles {
            let role = expectation.role
            for json in [false, true] {
                let format = json ? ["--json"] : []
                // show: cases are open to roles reading the case class.
                let show = try workspace.allegation(["show", id] + format, role: role)
                #expect(show.exitCode == (expectation.readsCase ? 0 : 1), "\(role) show: \(show)")
                #expect(show.stdout.contains(Self.channel) == expectation.readsCase, "\(role) show: \(show)")
                #expect(
                    show.stdout.contains(Self.perpetrators)
                        == (expectation.readsCase && expectation.readsAggregate),
                    "\(role) show: \(show)")
                for value in Self.restricted + ["psychosocial_support"] {
                    #expect(
                        !show.stdout.contains(value) && !show.stderr.contains(value), "\(role) show: \(show)")
                }
                if expectation.readsAggregate && !expectation.readsCase {
                    #expect(show.stderr.contains("sees allegation figures only in aggregate"), "\(show)")
                }
                if !expectation.readsAggregate && !expectation.readsCase {
                    #expect(show.stderr.contains("the role \(role) reads no allegation data"), "\(show)")
                }
                // show --restricted: only for roles reading restricted fields.
                let restricted = try workspace.allegation(["show", id, "--restricted"] + format, role: role)
                let opens = expectation.readsRestricted
                #expect(restricted.exitCode == (opens ? 0 : 1), "\(role) show --restricted: \(restricted)")
                for value in Self.restricted + ["psychosocial_support"] {
                    #expect(restricted.stdout.contains(value) == opens, "\(role) --restricted: \(restricted)")
                    #expect(!restricted.stderr.contains(value), "\(role) --restricted: \(restricted)")
                }
                if !opens && expectation.readsCase {
                    #expect(
                        restricted.stderr.contains(
                            "the role \(role) may not read restricted allegation details; only psea_focal_point may"
                        ),
                        "\(restricted)")
                }
                // list: rows for case readers, totals for aggregate-only readers, refused for the rest.
                let list = try workspace.allegation(["list"] + format, role: role)
                let listsSomething = expectation.readsCase || expectation.readsAggregate
                #expect(list.exitCode == (listsSomething ? 0 : 1), "\(role) list: \(list)")
                if json {
                    #expect(
                        list.stdout.contains(Self.channel) == expectation.readsCase, "\(role) list: \(list)")
                }
                #expect(list.stdout.contains(id) == expectation.readsCase, "\(role) list: \(list)")
                let totals = expectation.readsAggregate && !expectation.readsCase
                if totals && json {
                    #expect(try list.jsonObject()["perpetrators"] as? Int == 7, "\(role) list: \(list)")
                    // Under the small-cell rule, 1 woman and 2 girls are counts that single the case out.
                    let victims = try #require(try list.jsonObject()["victims"] as? [String: Any])
                    #expect(
                        Set(victims.keys) == ["women", "girls"] && victims.values.allSatisfy { $0 is NSNull })
                }
                #expect(
                    list.stdout.contains("alleged perpetrators: 7") == (totals && !json),
                    "\(role) list: \(list)")
                for value in Self.restricted + ["psychosocial_support"] {
                    #expect(
                        !list.stdout.contains(value) && !list.stderr.contains(value), "\(role) list: \(list)")
                }
            }
        }
        // history: a case's history is read in a role that reads cases, with the fields it reads.
        for expectation in Self.roles {
            let history = try workspace.run([
                "history", id, "--json", "--as", "fatima", "--role", expectation.role,
            ])
            #expect(history.exitCode == (expectation.readsCase ? 0 : 1), "\(expectation.role): \(history)")
            #expect(history.stdout.contains(Self.channel) == expectation.readsCase, "\(history)")
            #expect(
                history.stdout.contains("\"perpetrators\"")
                    == (expectation.readsCase && expectation.readsAggregate),
                "\(expectation.role): \(history)")
            #expect(history.stdout.contains("\"sealed\"") == expectation.readsRestricted, "\(history)")
            for value in Self.restricted + ["psychosocial_support"] {
                #expect(!history.stdout.contains(value) && !history.stderr.contains(value))
            }
        }
        let roleless = try workspace.run("history", id)
        #expect(
            roleless.exitCode == 2 && roleless.stderr.contains("give --as USER --role ROLE"), "\(roleless)")
        // audit log without a role: who did what and when, none of the case's fields.
        let log = try workspace.run("audit", "log", "--subject", id, "--json")
        #expect(log.exitCode == 0 && !log.stdout.contains(Self.channel), "\(log)")
        let officerLog = try workspace.run([
            "audit", "log", "--subject", id, "--json", "--as", "fatima", "--role", "programme_officer",
        ])
        #expect(
            officerLog.stdout.contains(Self.channel) && !officerLog.stdout.contains("\"sealed\""),
            "\(officerLog)")
        // audit log in each role: a case's rows show its fields to case readers only, and its
        // counts only with them (a manager reads counts as totals over cases, never one case's).
        for expectation in Self.roles {
            let roleLog = try workspace.run([
                "audit", "log", "--subject", id, "--json", "--as", "fatima", "--role", expectation.role,
            ])
            #expect(roleLog.exitCode == 0, "\(expectation.role): \(roleLog)")
            #expect(roleLog.stdout.contains(Self.channel) == expectation.readsCase, "\(roleLog)")
            for count in ["\"perpetrators\"", "\"victims\""] {
                #expect(
                    roleLog.stdout.contains(count) == (expectation.readsCase && expectation.readsAggregate),
                    "\(expectation.role) sees \(count) in the log: \(roleLog)")
            }
        }
        // Commands that take no role never show restricted values: they only ever hold them sealed.
        for arguments in [
            ["audit", "log"], ["audit", "log", "--json"],
            ["audit", "log", "--subject", id, "--json"], ["audit", "reads"], ["audit", "reads", "--json"],
            ["audit", "verify", "--json"], ["partner", "show", "P-0001", "--json"],
        ] {
            let result = try workspace.run(arguments)
            #expect(result.exitCode == 0, "\(arguments): \(result)")
            for value in Self.restricted + ["psychosocial_support"] {
                #expect(
                    !result.stdout.contains(value) && !result.stderr.contains(value),
                    "\(arguments): \(result)")
            }
        }
    }

    @Test func caseReadersSeeNoCountsAndCountReadersSeeNoCase() throws {
        let (workspace, id) = try workspaceWithCase()
        let officer = try workspace.allegation(["list", "--json"], role: "programme_officer").jsonArray()
        let row = try #require(officer.first?["fields"] as? [String: Any])
        #expect(row["status"] as? String == "received" && row["partner"] as? String == "P-0001")
        for name in ["victims", "perpetrators", "assistance_counts", "narrative", "assistance"] {
            #expect(row[name] == nil, "\(name)")
        }
        let shown = try workspace.showAllegation(id, role: "programme_officer")
        #expect((shown["not_shown"] as? [String])?.isEmpty == true)
        let focal = try workspace.showAllegation(id, role: "psea_focal_point")
        #expect(
            focal["not_shown"] as? [String] == [
                "narrative", "victim_details", "perpetrator_details", "assistance",
            ])
        #expect(focal["restricted_shown"] as? Bool == false)
        let totals = try workspace.allegation(["list", "--json", "--status", "received"], role: "manager")
            .jsonObject()
        // One case: every count that would single it out is suppressed (null), never shown as 1.
        #expect(totals["cases"] is NSNull && totals["open"] is NSNull, "\(totals)")
        #expect((totals["assistance_counts"] as? [String: Any])?["provided"] is NSNull)
        #expect(totals["id"] == nil && totals["fields"] == nil)
        let none = try workspace.allegation(["list", "--json", "--status", "closed"], role: "manager")
            .jsonObject()
        #expect(none["cases"] as? Int == 0)
        let badStatus = try workspace.allegation(["list", "--status", "investigating"], role: "manager")
        #expect(
            badStatus.exitCode == 2 && badStatus.stderr.contains("is not a status of a case"), "\(badStatus)")
    }

    @Test func theLogListsEveryKindOfEventAndFiltersBySubjectAndDay() throws {
        let (workspace, id) = try workspaceWithCase()
        _ = try workspace.showAllegation(id, role: "psea_focal_point", restricted: true)
        let all = try workspace.run("audit", "log", "--json").jsonArray()
        // The open case raises the allegation-received flag (F-0001) through the risk rules.
        // The log also holds the administrator's rows: the installation and the actors' accounts.
        let records = all.compactMap { $0["subject"] as? String }.filter {
            !$0.hasPrefix("account:") && $0 != "installation"
        }
        #expect(Set(records) == ["P-0001", id, "F-0001"])
        #expect(all.map { $0["kind"] as? String }.contains("read"))
        let mine = try workspace.run("audit", "log", "--subject", id, "--json").jsonArray()
        #expect(
            mine.map { $0["event"] as? String } == ["report", "consent_given", "assist", "read_restricted"])
        let future = try workspace.run("audit", "log", "--since", "2999-01-01", "--json").jsonArray()
        #expect(future.isEmpty)
        let bad = try workspace.run("audit", "log", "--since", "yesterday")
        #expect(bad.exitCode == 2 && bad.stderr.contains("--since: \"yesterday\" is not a date"), "\(bad)")
        let unknown = try workspace.run("audit", "log", "--subject", "G-0009")
        #expect(
            unknown.exitCode == 1 && unknown.stderr.contains("there is no record \"G-0009\""), "\(unknown)")
    }

    @Test func restrictedValuesNeverReachTheLogsEvenAtTrace() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        let trace = ["DILIGENCE_LOG_LEVEL": "trace"]
        let report = try workspace.run(
            [
                "allegation", "report", "P-0001", "--received", "2026-01-05", "--type", "sexual_abuse",
                "--narrative", CLIWorkspace.narrative, "--as", "fatima", "--role", "psea_focal_point",
            ], environment: trace)
        #expect(report.exitCode == 0, "\(report)")
        let show = try workspace.run(
            ["allegation", "show", "G-0001", "--restricted", "--as", "fatima", "--role", "psea_focal_point"],
            environment: trace)
        #expect(show.stdout.contains(CLIWorkspace.narrative), "\(show)")
        for result in [report, show] {
            #expect(!result.stderr.contains(CLIWorkspace.narrative), "\(result)")
        }
        let key = try String(contentsOf: workspace.keyFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for result in [report, show] {
            #expect(!result.stdout.contains(key) && !result.stderr.contains(key))
        }
    }

    @Test func theDatabaseFileAndItsWALHoldNoRestrictedValueInClear() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        // A connection held open keeps the write-ahead log on disk, so it is scanned as well.
        let holder = try DatabaseQueue(path: workspace.database.path)
        _ = try holder.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") }
        let id = try workspace.reportedAllegation()
        #expect(try workspace.allegation(["consent", id, "--given"], role: "psea_focal_point").exitCode == 0)
        #expect(
            try workspace.allegation(
                ["assist", id, "--type", "psychosocial_support", "--status", "offered"],
                role: "psea_focal_point"
            ).exitCode == 0)
        let fields = try workspace.allegationFields(id, role: "psea_focal_point", restricted: true)
        #expect(fields["narrative"] as? String == CLIWorkspace.narrative)
        let files = try workspace.databaseBytes()
        #expect(files.map(\.name).contains("diligence.sqlite-wal"), "\(files.map(\.name))")
        #expect(files.contains { $0.data.containsText("community hotline") }, "the scan reads the case data")
        for (name, data) in files {
            for value in AllegationConfidentialityTests.restricted + [
                "psychosocial_support", "VICTIM-91ab", "NARRATIVE",
            ] {
                #expect(!data.containsText(value), "\(value) is in clear in \(name)")
            }
        }
        try holder.close()
        for (name, data) in try workspace.databaseBytes() {
            for value in AllegationConfidentialityTests.restricted {
                #expect(!data.containsText(value), "\(value) is in clear in \(name)")
            }
        }
    }

    @Test func everyReadOfRestrictedFieldsAndEveryRefusedAttemptIsLogged() throws {
        let (workspace, id) = try workspaceWithCase()
        #expect(try workspace.run("audit", "reads").stdout.contains("no reads"))
        _ = try workspace.showAllegation(id, role: "psea_focal_point", restricted: true)
        _ = try workspace.allegation(["show", id, "--restricted"], role: "psea_focal_point", user: "omar")
        _ = try workspace.showAllegation(id, role: "psea_focal_point")
        let refused = try workspace.allegation(
            ["show", id, "--restricted"], role: "programme_officer", user: "paul")
        #expect(refused.exitCode == 1 && refused.stderr.contains("may not read restricted"), "\(refused)")
        let manager = try workspace.allegation(
            ["show", id, "--restricted", "--json"], role: "manager", user: "maria")
        #expect(manager.exitCode == 1 && manager.stdout.isEmpty, "\(manager)")
        let all = try workspace.run("audit", "reads", "--json").jsonArray()
        let reads = all.filter { $0["outcome"] as? String == "read" }
        #expect(reads.count == 2, "\(all)")
        #expect(reads.map { $0["user"] as? String } == ["fatima", "omar"])
        #expect(
            reads.allSatisfy { $0["role"] as? String == "psea_focal_point" && $0["case"] as? String == id })
        #expect(
            reads.first?["fields"] as? [String]
                == ["narrative", "victim_details", "perpetrator_details", "assistance"])
        #expect(reads.first?["command"] as? String == "allegation show")
        #expect(all.allSatisfy { ($0["occurred_at"] as? String)?.isEmpty == false })
        // The refused attempts: who, which case, why; no field was read.
        let refusals = all.filter { $0["outcome"] as? String == "refused" }
        #expect(refusals.map { $0["user"] as? String } == ["paul", "maria"], "\(all)")
        #expect(
            refusals.allSatisfy {
                $0["refusal"] as? String == "role" && ($0["fields"] as? [Any])?.isEmpty == true
            })
        let text = try workspace.run("audit", "reads").stdout
        #expect(
            text.contains("refused: role may not read them") && text.contains("paul (programme_officer)"),
            "\(text)")
        let log = try workspace.run("audit", "log", "--subject", id, "--json").jsonArray()
        #expect(log.filter { $0["kind"] as? String == "read" }.count == 4)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func theKeyFileIsCreatedOwnerOnlyAndNeededOnlyForRestrictedDetails() throws {
        let (workspace, id) = try workspaceWithCase()
        let attributes = try FileManager.default.attributesOfItem(atPath: workspace.keyFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let backup = workspace.file("backup.key")
        try FileManager.default.moveItem(at: workspace.keyFile, to: backup)
        let before = try workspace.logCount()
        let refused = try workspace.allegation(["show", id, "--restricted"], role: "psea_focal_point")
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.stderr.contains("the key file \(workspace.keyFile.path) is missing"), "\(refused)")
        // Recording assistance needs the key too, and no new key is made while sealed values exist.
        let assist = try workspace.allegation(
            ["assist", id, "--type", "medical_care", "--status", "offered"], role: "psea_focal_point")
        #expect(assist.exitCode == 1 && assist.stderr.contains("is missing"), "\(assist)")
        #expect(!FileManager.default.fileExists(atPath: workspace.keyFile.path))
        // The refused read is logged (reason: key); the refused assistance wrote nothing.
        #expect(try workspace.logCount() == before + 1)
        let refusal = try workspace.run("audit", "reads", "--json").jsonArray().last
        #expect(refusal?["outcome"] as? String == "refused" && refusal?["refusal"] as? String == "key")
        // Everything that needs no restricted detail still works.
        #expect(try workspace.allegation(["show", id], role: "psea_focal_point").exitCode == 0)
        #expect(try workspace.allegation(["list"], role: "manager").exitCode == 0)
        try workspace.accept(id, "report_to_un", role: "programme_officer", set: ["reported_on=2026-01-05"])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
        // --key and $DILIGENCE_KEY name the key file.
        let withOption = try workspace.allegation(
            ["show", id, "--restricted", "--key", backup.path], role: "psea_focal_point")
        #expect(withOption.stdout.contains(CLIWorkspace.narrative), "\(withOption)")
        let withEnvironment = try workspace.run(
            ["allegation", "show", id, "--restricted", "--as", "fatima", "--role", "psea_focal_point"],
            environment: ["DILIGENCE_KEY": backup.path])
        #expect(withEnvironment.stdout.contains(CLIWorkspace.narrative), "\(withEnvironment)")
    }

    @Test func aWrongOrExposedKeyFileIsRefused() throws {
        let (workspace, id) = try workspaceWithCase()
        let other = workspace.file("other.key")
        let bytes = Data((0..<32).map { UInt8($0) })
        try (bytes.base64EncodedString() + "\n").write(to: other, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: other.path)
        let before = try workspace.logCount()
        let wrong = try workspace.allegation(
            ["show", id, "--restricted", "--key", other.path], role: "psea_focal_point")
        #expect(wrong.exitCode == 1, "\(wrong)")
        #expect(wrong.stderr.contains("does not open the restricted details of \(id)"), "\(wrong)")
        let mixed = try workspace.allegation(
            ["assist", id, "--type", "medical_care", "--status", "offered", "--key", other.path],
            role: "psea_focal_point")
        #expect(mixed.exitCode == 1 && mixed.stderr.contains("does not open"), "\(mixed)")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644], ofItemAtPath: workspace.keyFile.path)
        let exposed = try workspace.allegation(["show", id, "--restricted"], role: "psea_focal_point")
        #expect(exposed.exitCode == 1, "\(exposed)")
        #expect(
            exposed.stderr.contains("other users may read it; make it readable by its owner only"),
            "\(exposed)")
        try "not a key\n".write(to: other, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: other.path)
        let garbage = try workspace.allegation(
            ["show", id, "--restricted", "--key", other.path], role: "psea_focal_point")
        #expect(garbage.stderr.contains("it does not hold a diligence key"), "\(garbage)")
        // Three refused reads are logged (wrong, exposed, garbage key); the refused assistance
        // wrote nothing.
        #expect(try workspace.logCount() == before + 3)
        let reads = try workspace.run("audit", "reads", "--json").jsonArray()
        #expect(reads.suffix(3).allSatisfy { $0["refusal"] as? String == "key" }, "\(reads)")
    }
}
