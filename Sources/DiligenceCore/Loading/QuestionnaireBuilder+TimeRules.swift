import Foundation
import Yams

extension QuestionnaireBuilder {
    /// `time:`: the validity, plan, re-use and emergency periods; each left out keeps its default.
    mutating func readTimeRules(_ node: Node) -> TimeRules {
        var rules = TimeRules.standard
        guard let time = properties(node, what: "time", allowed: QuestionnaireLoader.timeKeys) else {
            return rules
        }
        func period(_ key: String, _ path: WritableKeyPath<TimeRules, CalendarDuration>) {
            guard let value = time[key], let duration = reader.duration(value, what: key) else { return }
            guard duration.approximateSeconds > 0 else {
                reader.error(.invalidValue, "\(key) must be longer than zero", at: value)
                return
            }
            rules[keyPath: path] = duration
        }
        period("validity", \.validity)
        period("validity_warning", \.validityWarning)
        period("plan_period", \.planPeriod)
        period("reuse_window", \.reuseWindow)
        period("emergency_assessment_within", \.emergencyAssessmentPeriod)
        if rules.validityWarning.approximateSeconds >= rules.validity.approximateSeconds {
            reader.error(
                .invalidValue,
                "validity_warning (\(rules.validityWarning)) must come before the assessment expires (validity: \(rules.validity))",
                at: time["validity_warning"] ?? time["validity"] ?? node)
        }
        return rules
    }
}
