import Foundation
import Yams

extension QuestionnaireBuilder {
    /// Checks that the bands cover every possible sum exactly once, and that capacity never falls
    /// as the sum rises. Gaps and overlaps are reported at the band after them (in order of sums).
    mutating func checkCoverage(
        _ bands: [(band: WeightedSumModel.Band, node: Node)], possible: ClosedRange<Int>, scale: RatingScale
    ) {
        let origin =
            "\(standards.count) standards rated on scale \"\(scale.id)\" add up to \(ScoringWording.span(possible))"
        let before = reader.report.errors.count
        for (band, node) in bands
        where !possible.contains(band.sums.lowerBound) || !possible.contains(band.sums.upperBound) {
            reader.error(
                .invalidValue,
                "the band \(ScoringWording.span(band.sums)) reaches outside the possible sums: \(origin)",
                at: node)
        }
        guard reader.report.errors.count == before else { return }
        let ordered = bands.sorted {
            ($0.band.sums.lowerBound, $0.band.sums.upperBound) < (
                $1.band.sums.lowerBound, $1.band.sums.upperBound
            )
        }
        guard let first = ordered.first, let last = ordered.last else { return }
        if first.band.sums.lowerBound > possible.lowerBound {
            gap(possible.lowerBound...first.band.sums.lowerBound - 1, at: first.node, origin: origin)
        }
        var covered = first.band.sums.upperBound
        var previous = first
        for current in ordered.dropFirst() {
            let sums = current.band.sums
            if sums.lowerBound > covered + 1 {
                gap(covered + 1...sums.lowerBound - 1, at: current.node, origin: origin)
            } else if sums.lowerBound <= covered {
                let overlap = sums.lowerBound...min(covered, sums.upperBound)
                reader.error(
                    .bandOverlap,
                    "the sums \(ScoringWording.span(overlap)) fall in two bands (this one and the band at line \(previous.band.location.line)); each sum must fall in exactly one band",
                    at: current.node)
            }
            if current.band.capacity < previous.band.capacity {
                reader.error(
                    .notMonotonic,
                    "the sums \(ScoringWording.span(sums)) give \(current.band.capacity.phrase), lower than \(previous.band.capacity.phrase) for the lower sums at line \(previous.band.location.line); a higher sum must not give a lower capacity",
                    at: current.node)
            }
            covered = max(covered, sums.upperBound)
            previous = current
        }
        if covered < possible.upperBound {
            gap(covered + 1...possible.upperBound, at: last.node, origin: origin)
        }
    }

    private mutating func gap(_ sums: ClosedRange<Int>, at node: Node, origin: String) {
        let what =
            sums.count == 1
            ? "the sum \(sums.lowerBound) falls" : "the sums \(ScoringWording.span(sums)) fall"
        reader.error(
            .bandGap, "\(what) in no band: \(origin), and every possible sum needs a band", at: node)
    }

    /// Checks that a higher capacity level needs more standards met than a lower one, and that
    /// the lowest threshold starts at 0 so every count from 0 to the number of standards has a level.
    mutating func checkThresholds(_ thresholds: [(threshold: CountOfMetModel.Threshold, node: Node)]) {
        let ordered = thresholds.sorted { $0.threshold.capacity > $1.threshold.capacity }
        for (higher, lower) in zip(ordered, ordered.dropFirst())
        where lower.threshold.minimumMet >= higher.threshold.minimumMet {
            reader.error(
                .notMonotonic,
                "\(lower.threshold.capacity.phrase) needs \(lower.threshold.minimumMet) standards met, not fewer than \(higher.threshold.capacity.phrase) (\(higher.threshold.minimumMet), line \(higher.threshold.location.line)); a higher capacity level must need more standards met",
                at: lower.node)
        }
        guard let lowest = ordered.last, lowest.threshold.minimumMet > 0 else { return }
        let counts = ScoringWording.span(0...lowest.threshold.minimumMet - 1)
        reader.error(
            .bandGap,
            "with \(counts) standards met no threshold applies; the lowest threshold (\(lowest.threshold.capacity.phrase)) must have min_met: 0 so every count from 0 to \(standards.count) has a level",
            at: lowest.node)
    }
}
