import DiligenceCore
import DiligenceStore

/// What the store tests match a refusal on, now that its wording lives with each front end: the
/// data of an input refusal, and the core's own explanation a refusal carries.
extension StoreError {
    /// The field, problem and values of an ``StoreError/invalidInput(field:problem:values:)``.
    var input: (field: InputField, problem: InputProblem, values: [String: String])? {
        guard case .invalidInput(let field, let problem, let values) = self else { return nil }
        return (field, problem, values)
    }

    /// The case and its values as Swift prints them, followed by the explanation of the core error
    /// it carries (a rejection, a change that does not fit), if any.
    var detail: String {
        let carried: String? =
            switch self {
            case .rejected(_, _, let rejection): rejection.explanation
            case .locked(_, _, _, _, let rejection): rejection.explanation
            case .badEventData(_, let error): error.explanation
            case .badChange(_, let error): error.explanation
            case .badAgreementChange(_, let error): error.explanation
            case .badAllegation(let error): error.message
            case .definitionIncompatible(_, _, _, _, _, let mismatch): mismatch.explanation
            case .copiedAnswerUnfit(_, _, let error): error.explanation
            case .documentRefused(let error): error.explanation
            default: nil
            }
        return String(describing: self) + (carried.map { " " + $0 } ?? "")
    }
}
