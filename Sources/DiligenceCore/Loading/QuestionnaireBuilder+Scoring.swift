import Foundation
import Yams

extension QuestionnaireBuilder {
    /// `scoring:`: a weighted-sum or a count-of-met model, its keys checked against the model.
    mutating func readScoring(_ node: Node) -> ScoringModel? {
        let allowed =
            QuestionnaireLoader.weightedSumKeys
            + QuestionnaireLoader.countOfMetKeys.filter { !QuestionnaireLoader.weightedSumKeys.contains($0) }
        guard let scoring = properties(node, what: "scoring", allowed: allowed),
            let modelNode = required(
                "model", in: scoring, hint: "one of " + ScoringModel.names.joined(separator: ", ")),
            let model = reader.text(modelNode, what: "the scoring model")
        else { return nil }
        let keys: [String]
        switch model {
        case "weighted_sum": keys = QuestionnaireLoader.weightedSumKeys
        case "count_of_met": keys = QuestionnaireLoader.countOfMetKeys
        default:
            var message =
                "the scoring model \"\(model)\" is not known; use "
                + ScoringModel.names.joined(separator: " or ")
            if let suggestion = Suggestion.closest(to: model, among: ScoringModel.names) {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            reader.error(.invalidValue, message, at: modelNode)
            return nil
        }
        var misplaced = false
        for (key, entry) in scoring.byKey.sorted(by: {
            $0.value.keyNode.mark?.line ?? 0 < $1.value.keyNode.mark?.line ?? 0
        })
        where !keys.contains(key) {
            reader.error(
                .unknownKey,
                "\"\(key)\" belongs to the other scoring model; the \(model) model takes "
                    + keys.joined(separator: ", "),
                at: entry.keyNode)
            misplaced = true
        }
        guard !misplaced else { return nil }
        return model == "weighted_sum"
            ? readWeightedSum(scoring).map { .weightedSum($0) }
            : readCountOfMet(scoring).map { .countOfMet($0) }
    }

    private mutating func readWeightedSum(_ scoring: Properties) -> WeightedSumModel? {
        let before = reader.report.errors.count
        let scale = required("scale", in: scoring, hint: "name the scale every standard is rated on")
            .flatMap { scaleReference($0, what: "the scoring scale") }
        if let scale {
            let locations = levelLocations[scale.id] ?? []
            for (level, location) in zip(scale.levels, locations) where level.weight == nil {
                reader.error(
                    .missingKey,
                    "level \"\(level.id)\" of scale \"\(scale.id)\" needs a weight: the weighted_sum model adds them up",
                    at: location)
            }
        }
        guard let bandsNode = required("bands", in: scoring, hint: "map ranges of sums to capacity levels"),
            let items = reader.items(bandsNode, what: "bands")
        else { return nil }
        let possible = scale.flatMap { scale in
            standardsAreComplete && !incompleteScales.contains(scale.id) ? possibleSums(of: scale) : nil
        }
        var bands: [(band: WeightedSumModel.Band, node: Node)] = []
        for item in items {
            guard let band = properties(item, what: "a band", allowed: QuestionnaireLoader.bandKeys) else {
                continue
            }
            let capacity = required("capacity", in: band).flatMap {
                capacityLevel($0, what: "the band's capacity")
            }
            let low = band["min"].flatMap { reader.integer($0, what: "a band's min") }
            let high = band["max"].flatMap { reader.integer($0, what: "a band's max") }
            if band["min"] == nil, band["max"] == nil {
                reader.error(.missingKey, "a band needs a min:, a max: or both", at: item)
                continue
            }
            guard let capacity, let possible,
                band["min"] == nil || low != nil, band["max"] == nil || high != nil
            else { continue }
            let lower = low ?? possible.lowerBound
            let upper = high ?? possible.upperBound
            guard lower <= upper else {
                reader.error(
                    .invalidValue,
                    "this band runs from \(lower) down to \(upper); its min must not exceed its max",
                    at: item)
                continue
            }
            bands.append(
                (
                    WeightedSumModel.Band(
                        sums: lower...upper, capacity: capacity, location: reader.location(of: item)), item
                ))
        }
        if items.isEmpty {
            reader.error(
                .missingKey, "bands is empty; map the possible sums to capacity levels", at: bandsNode)
        }
        guard let scale, let possible, reader.report.errors.count == before, standardsAreComplete else {
            return nil
        }
        checkCoverage(bands, possible: possible, scale: scale)
        return WeightedSumModel(scale: scale.id, bands: bands.map(\.band))
    }

    private mutating func readCountOfMet(_ scoring: Properties) -> CountOfMetModel? {
        let before = reader.report.errors.count
        guard
            let thresholdsNode = required(
                "thresholds", in: scoring,
                hint: "give the least number of standards met for each capacity level"),
            let items = reader.items(thresholdsNode, what: "thresholds")
        else { return nil }
        var thresholds: [(threshold: CountOfMetModel.Threshold, node: Node)] = []
        var seenLevels: [CapacityLevel: Int] = [:]
        for item in items {
            guard
                let threshold = properties(
                    item, what: "a threshold", allowed: QuestionnaireLoader.thresholdKeys)
            else { continue }
            let capacityNode = required("capacity", in: threshold)
            let capacity = capacityNode.flatMap { capacityLevel($0, what: "the threshold's capacity") }
            let minimum = required("min_met", in: threshold, hint: "the least number of standards met")
                .flatMap { reader.integer($0, what: "min_met") }
            guard let capacity, let capacityNode, let minimum else { continue }
            if let line = seenLevels[capacity] {
                reader.error(
                    .duplicateID,
                    "\(capacity.phrase) has a threshold already (line \(line)); give each capacity level one threshold",
                    at: capacityNode)
                continue
            }
            seenLevels[capacity] = reader.location(of: capacityNode).line
            if minimum < 0 || (standardsAreComplete && minimum > standards.count) {
                reader.error(
                    .invalidValue,
                    "min_met \(minimum) cannot be reached: the questionnaire has \(standards.count) standards, so 0 to \(standards.count) can be met",
                    at: threshold["min_met"] ?? item)
                continue
            }
            thresholds.append(
                (
                    CountOfMetModel.Threshold(
                        capacity: capacity, minimumMet: minimum, location: reader.location(of: item)), item
                ))
        }
        if items.isEmpty {
            reader.error(
                .missingKey,
                "thresholds is empty; give the least number of standards met for each capacity level",
                at: thresholdsNode)
        }
        var mustHave: [String] = []
        if let mustHaveNode = scoring["must_have"], !reader.isNull(mustHaveNode) {
            for (id, node) in reader.names(mustHaveNode, what: "a must-have standard") ?? [] {
                if mustHave.contains(id) {
                    reader.error(.duplicateID, "the must-have standard \"\(id)\" is listed twice", at: node)
                } else if standards.contains(where: { $0.id == id }) {
                    mustHave.append(id)
                } else {
                    var message = "the must-have \"\(id)\" is not a standard of this questionnaire"
                    if let suggestion = Suggestion.closest(to: id, among: standards.map(\.id)) {
                        message += "; did you mean \"\(suggestion)\"?"
                    }
                    reader.error(.unknownReference, message, at: node)
                }
            }
        }
        let cap = scoring["must_have_cap"].flatMap { capacityLevel($0, what: "must_have_cap") } ?? .low
        guard reader.report.errors.count == before, standardsAreComplete else { return nil }
        checkThresholds(thresholds)
        return CountOfMetModel(thresholds: thresholds.map(\.threshold), mustHave: mustHave, mustHaveCap: cap)
    }

    /// The sums a weighted model over this scale can give, when every level has a weight.
    private func possibleSums(of scale: RatingScale) -> ClosedRange<Int>? {
        let weights = scale.levels.compactMap(\.weight)
        guard weights.count == scale.levels.count, let low = weights.min(), let high = weights.max() else {
            return nil
        }
        return standards.count * low...standards.count * high
    }
}
