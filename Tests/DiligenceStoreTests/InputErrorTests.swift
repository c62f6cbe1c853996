import DiligenceCore
import DiligenceStore
import Testing

/// A refused input is data: the field it concerns, what is wrong with it and the values involved,
/// with no front end's wording (no flag, no command).
@Suite struct InputErrorTests {
    let definitions = StoreFixtures.definitions()

    private func refusal(name: String = "Amani", country: String = "KE", actor: Actor = StoreFixtures.officer)
        -> StoreError?
    {
        do {
            _ = try DiligenceStore.checkRegistration(
                name: name, country: country, actor: actor, definitions: definitions)
            return nil
        } catch {
            return error
        }
    }

    @Test func aRegistrationRefusalNamesTheFieldTheProblemAndTheValue() {
        #expect(refusal() == nil)
        let country = refusal(country: "Kenya")?.input
        #expect(country?.field == .country && country?.problem == .malformed)
        #expect(country?.values == ["value": "KENYA"])
        // Two letters are not enough: the code must be assigned in ISO 3166-1.
        for unassigned in ["XX", "UK", "AA", "ZZ"] {
            #expect(refusal(country: unassigned)?.input?.field == .country, "\(unassigned)")
        }
        #expect(refusal(country: "co") == nil)
        #expect(refusal(country: "GB") == nil)
        let name = refusal(name: "  ")?.input
        #expect(name?.field == .name && name?.problem == .missing)
        let long = refusal(name: String(repeating: "x", count: 201))?.input
        #expect(long?.field == .name && long?.problem == .tooLong && long?.values["limit"] == "200")
    }

    @Test func anActorRefusalSaysWhichInputAndSuggestsTheRole() {
        let blank = refusal(actor: Actor(user: " ", role: "programme_officer"))?.input
        #expect(blank?.field == .actor && blank?.problem == .missing)
        let system = refusal(actor: Actor(user: "ana", role: "system"))?.input
        #expect(system?.field == .role && system?.problem == .reserved && system?.values["value"] == "system")
        let misspelt = refusal(actor: Actor(user: "ana", role: "programme_oficer"))?.input
        #expect(misspelt?.field == .role && misspelt?.problem == .unknown)
        #expect(misspelt?.values["suggestion"] == "programme_officer")
        #expect(misspelt?.values["known"]?.contains("programme_officer") == true)
    }

    @Test func noInputErrorCarriesAFlagOrACommand() {
        let refusals = [
            refusal(country: "Kenya"), refusal(name: ""), refusal(actor: Actor(user: "", role: "x")),
            refusal(actor: Actor(user: "ana", role: "programme_oficer")),
        ]
        for refusal in refusals {
            let printed = String(describing: refusal)
            #expect(!printed.contains("--") && !printed.contains("diligence "), "\(printed)")
        }
    }
}
