/// The events the audit reports' portfolio adds to the manual lifecycle's `registered` state.
public enum FlaggingEvents {
    /// Two events, `raise_concern` and `confirm_red`, that raise a yellow and a red flag: the lines
    /// that follow `registered`'s `on:` (a state's keys indented by four spaces).
    public static let yaml = """
              - event: raise_concern
                roles: [manager]
                effects:
                  - raise_flag: {category: compliance, level: yellow, reason: Late reports.}
              - event: confirm_red
                roles: [manager]
                effects:
                  - raise_flag: {category: sexual_exploitation_abuse, level: red, reason: Confirmed by headquarters.}

        """
}
