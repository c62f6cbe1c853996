import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

private let countryOffice = ["programme_officer", "psea_focal_point", "manager"]
private let hq = Actor(user: "hana", role: "hq_reviewer")
private let countryOfficer = Actor(user: "ada", role: "programme_officer")
private let rule = Actor(user: "rule:capacity-low", role: "system")

/// A driver on the shipped `Workflows/risk-flag.yaml`.
private func flag() throws -> Driver {
    try Driver(Repository.text("Workflows/risk-flag.yaml"))
}

private let raiseYellow: [String: Value?] = [
    "category": .string("compliance"), "level": .string("yellow"), "reason": .string("Late report."),
]

/// A flag raised yellow by the country office and escalated once.
private func escalatedFlag() throws -> Driver {
    var driver = try flag()
    try driver.send("raise", as: countryOfficer, data: raiseYellow)
    try driver.send("escalate", as: countryOfficer, data: ["note": .string("Repeated late reports.")])
    return driver
}

/// Every step of the flag ladder, allowed and refused by role, on the shipped workflow.
@Suite struct FlagLadderTests {
    @Test func shippedFileLoadsWithoutErrorsOrWarnings() throws {
        let path = "Workflows/risk-flag.yaml"
        let (definition, report) = WorkflowLoader.load(file: path, text: try Repository.text(path))
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let workflow = try #require(definition)
        #expect(workflow.subject == "flag")
        let levels = try #require(workflow.field("level")).type
        #expect(levels == .enumeration(values: FlagLevel.allCases.map(\.rawValue)))
        let categories = try #require(workflow.field("category")).type
        #expect(categories == .enumeration(values: FlagCategory.allCases.map(\.rawValue)))
    }

    @Test(arguments: countryOffice + ["hq_reviewer"], ["observation", "yellow"])
    func countryOfficeAndHeadquartersRaiseObservationsAndYellowFlags(role: String, level: String) throws {
        var driver = try flag()
        var data = raiseYellow
        data["level"] = .string(level)
        try driver.send("raise", as: Actor(user: "u", role: role), data: data)
        #expect(driver.current == [level])
        #expect(driver.instance.values[driver.definition.field("level")!.slot] == .string(level))
    }

    @Test(arguments: countryOffice)
    func onlyHeadquartersRaisesRed(role: String) throws {
        var driver = try flag()
        let data: [String: Value?] = ["category": .string("sanctions_match"), "reason": .string("Listed.")]
        #expect(
            driver.reject("raise_red", as: Actor(user: "u", role: role), data: data)
                == .roleNotAllowed(event: "raise_red", role: role, allowedRoles: ["hq_reviewer"]))
        var red = raiseYellow
        red["level"] = .string("red")
        guard case .guardFailed = driver.reject("raise", as: Actor(user: "u", role: role), data: red) else {
            Issue.record("raise at level red must fail its guards")
            return
        }
        try driver.send("raise_red", as: hq, data: data)
        #expect(driver.current == ["red"])
        #expect(driver.instance.values[driver.definition.field("level")!.slot] == .string("red"))
    }

    @Test func raisingAtEscalatedIsRefused() throws {
        let driver = try flag()
        var data = raiseYellow
        data["level"] = .string("escalated")
        guard case .guardFailed(_, let failures) = driver.reject("raise", as: hq, data: data) else {
            Issue.record("expected the guards to refuse")
            return
        }
        #expect(failures.count == 2)
    }

    @Test func raisingNeedsCategoryLevelAndReason() throws {
        let driver = try flag()
        #expect(
            driver.reject("raise", as: countryOfficer, data: ["category": .string("financial")])
                == .missingData(event: "raise", fields: ["level", "reason"]))
    }

    @Test func aPersonCannotClaimARuleRaisedTheFlag() throws {
        let driver = try flag()
        var data = raiseYellow
        data["raised_by_rule"] = .string("capacity-low")
        guard case .fieldNotAccepted(_, let field, _) = driver.reject("raise", as: countryOfficer, data: data)
        else {
            Issue.record("raised_by_rule must not be accepted from a person")
            return
        }
        #expect(field == "raised_by_rule")
    }

    @Test func rulesRaiseAndClearUnderTheSystemRole() throws {
        var driver = try flag()
        var data = raiseYellow
        data["raised_by_rule"] = .string("capacity-low")
        try driver.send("raise", as: rule, data: data)
        #expect(driver.current == ["yellow"])
        try driver.send("clear", as: rule, data: ["resolution": .string("Capacity is now medium.")])
        #expect(driver.current == ["resolved"])
        #expect(driver.instance.isComplete)
    }

    @Test func aRuleMayNotRaiseWithoutNamingItselfNorClearAManualFlag() throws {
        var driver = try flag()
        guard case .missingData = driver.reject("raise", as: rule, data: raiseYellow) else {
            Issue.record("a rule must name itself")
            return
        }
        try driver.send("raise", as: countryOfficer, data: raiseYellow)
        guard case .guardFailed = driver.reject("clear", as: rule, data: ["resolution": .string("x")]) else {
            Issue.record("a manual flag is not cleared by a rule")
            return
        }
        #expect(
            driver.reject("clear", as: countryOfficer, data: ["resolution": .string("x")])
                == .roleNotAllowed(event: "clear", role: "programme_officer", allowedRoles: ["system"]))
    }

    @Test(arguments: countryOffice + ["hq_reviewer"])
    func anObservationIsUpgradedToYellow(role: String) throws {
        var driver = try flag()
        var data = raiseYellow
        data["level"] = .string("observation")
        try driver.send("raise", as: countryOfficer, data: data)
        #expect(
            driver.reject("upgrade", as: countryOfficer) == .missingData(event: "upgrade", fields: ["note"]))
        try driver.send("upgrade", as: Actor(user: "u", role: role), data: ["note": .string("Now a risk.")])
        #expect(driver.current == ["yellow"])
    }

    @Test(arguments: countryOffice)
    func theCountryOfficeEscalatesAYellowFlag(role: String) throws {
        var driver = try flag()
        try driver.send("raise", as: countryOfficer, data: raiseYellow)
        let step = try driver.send("escalate", as: Actor(user: "u", role: role), data: ["note": .string("n")])
        #expect(driver.current == ["escalated"])
        #expect(driver.instance.values[driver.definition.field("escalations")!.slot] == .int(1))
        #expect(
            Driver.messages(step.effects) == ["A flag was escalated to headquarters for a decision."])
    }

    @Test func headquartersDoesNotEscalate() throws {
        var driver = try flag()
        try driver.send("raise", as: countryOfficer, data: raiseYellow)
        #expect(
            driver.reject("escalate", as: hq, data: ["note": .string("n")])
                == .roleNotAllowed(event: "escalate", role: "hq_reviewer", allowedRoles: countryOffice))
    }

    @Test func anObservationCannotBeEscalated() throws {
        var driver = try flag()
        var data = raiseYellow
        data["level"] = .string("observation")
        try driver.send("raise", as: countryOfficer, data: data)
        guard case .notAccepted = driver.reject("escalate", as: countryOfficer, data: ["note": .string("n")])
        else {
            Issue.record("an observation is upgraded first")
            return
        }
    }

    @Test func headquartersConfirmsAnEscalatedFlag() throws {
        var driver = try escalatedFlag()
        for role in countryOffice {
            #expect(
                driver.reject("confirm", as: Actor(user: "u", role: role), data: ["note": .string("n")])
                    == .roleNotAllowed(event: "confirm", role: role, allowedRoles: ["hq_reviewer"]))
        }
        #expect(driver.reject("confirm", as: hq) == .missingData(event: "confirm", fields: ["note"]))
        try driver.send("confirm", as: hq, data: ["note": .string("Confirmed.")])
        #expect(driver.current == ["red"])
        #expect(driver.instance.values[driver.definition.field("level")!.slot] == .string("red"))
    }

    @Test func headquartersDefersAndASecondEscalationIsRefused() throws {
        var driver = try escalatedFlag()
        #expect(
            driver.reject("defer", as: countryOfficer, data: ["note": .string("n")])
                == .roleNotAllowed(event: "defer", role: "programme_officer", allowedRoles: ["hq_reviewer"]))
        let step = try driver.send("defer", as: hq, data: ["note": .string("Handle locally.")])
        #expect(driver.current == ["yellow"])
        #expect(driver.instance.values[driver.definition.field("level")!.slot] == .string("yellow"))
        #expect(
            Driver.messages(step.effects) == [
                "Headquarters deferred an escalated flag back to the country office."
            ])
        guard
            case .guardFailed(_, let failures) = driver.reject(
                "escalate", as: countryOfficer, data: ["note": .string("again")])
        else {
            Issue.record("a second escalation must be refused by the guard")
            return
        }
        #expect(failures.first?.guardSource == "escalations == 0")
        #expect(failures.first?.values == [FieldReading(path: "escalations", value: .int(1))])
    }

    @Test func onlyHeadquartersResolvesARedFlag() throws {
        var driver = try escalatedFlag()
        try driver.send("confirm", as: hq, data: ["note": .string("Confirmed.")])
        for role in countryOffice {
            #expect(
                driver.reject("resolve", as: Actor(user: "u", role: role), data: ["resolution": .string("r")])
                    == .roleNotAllowed(event: "resolve", role: role, allowedRoles: ["hq_reviewer"]))
        }
        #expect(driver.reject("resolve", as: hq) == .missingData(event: "resolve", fields: ["resolution"]))
        try driver.send("resolve", as: hq, data: ["resolution": .string("Partner replaced the director.")])
        #expect(driver.current == ["resolved"])
        #expect(driver.instance.isComplete)
    }

    @Test(arguments: countryOffice + ["hq_reviewer"])
    func theCountryOfficeResolvesItsOwnFlags(role: String) throws {
        var driver = try flag()
        try driver.send("raise", as: countryOfficer, data: raiseYellow)
        try driver.send("resolve", as: Actor(user: "u", role: role), data: ["resolution": .string("Fixed.")])
        #expect(driver.current == ["resolved"])
    }

    @Test(arguments: countryOffice + ["hq_reviewer"])
    func invalidatingAYellowFlagNeedsAJustification(role: String) throws {
        var driver = try flag()
        try driver.send("raise", as: countryOfficer, data: raiseYellow)
        let actor = Actor(user: "u", role: role)
        #expect(
            driver.reject("invalidate", as: actor)
                == .missingData(event: "invalidate", fields: ["justification"]))
        #expect(
            driver.reject("invalidate", as: actor, data: ["justification": nil])
                == .missingData(event: "invalidate", fields: ["justification"]))
        try driver.send("invalidate", as: actor, data: ["justification": .string("Wrong partner.")])
        #expect(driver.current == ["invalidated"])
        #expect(driver.instance.isComplete)
    }

    @Test func onlyHeadquartersInvalidatesEscalatedAndRedFlags() throws {
        var driver = try escalatedFlag()
        let justification: [String: Value?] = ["justification": .string("Mistaken identity.")]
        #expect(
            driver.reject("invalidate", as: countryOfficer, data: justification)
                == .roleNotAllowed(
                    event: "invalidate", role: "programme_officer", allowedRoles: ["hq_reviewer"]))
        var red = driver
        try red.send("confirm", as: hq, data: ["note": .string("n")])
        #expect(
            red.reject("invalidate", as: countryOfficer, data: justification)
                == .roleNotAllowed(
                    event: "invalidate", role: "programme_officer", allowedRoles: ["hq_reviewer"]))
        try red.send("invalidate", as: hq, data: justification)
        #expect(red.current == ["invalidated"])
        try driver.send("invalidate", as: hq, data: justification)
        #expect(driver.current == ["invalidated"])
    }

    @Test func aClosedFlagAcceptsNothing() throws {
        var driver = try flag()
        try driver.send("raise", as: countryOfficer, data: raiseYellow)
        try driver.send("invalidate", as: countryOfficer, data: ["justification": .string("j")])
        guard
            case .instanceComplete = driver.reject(
                "escalate", as: countryOfficer, data: ["note": .string("n")])
        else {
            Issue.record("a closed flag is complete")
            return
        }
    }

    @Test func aRuleDoesNotClearAFlagHeadquartersHolds() throws {
        var driver = try flag()
        var data = raiseYellow
        data["raised_by_rule"] = .string("capacity-low")
        try driver.send("raise", as: rule, data: data)
        try driver.send("escalate", as: countryOfficer, data: ["note": .string("n")])
        guard case .notAccepted = driver.reject("clear", as: rule, data: ["resolution": .string("r")]) else {
            Issue.record("an escalated flag waits for headquarters")
            return
        }
    }
}
