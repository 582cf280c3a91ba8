/// Counts listed side by side that add up to a fact's whole are its parts: "Five judges,
/// two dissents" of a panel of seven, "won by six votes, three against" of nine. Such a
/// count is one side of a split, not a wrong total; the same count with no sibling that
/// completes the whole is still checked.
extension FiguresRule {
    /// How far apart (in tokens, noun and punctuation included) two listed counts may stand.
    static let splitReach = 4

    func isSideOfSplit(_ index: Int, _ quantities: [Quantity], whole: Quantity, tolerance: Tolerance, in d: Document) -> Bool {
        let q = quantities[index]
        guard q.unit == .count, whole.unit == .count, q.qualifier == .exact, q.value < whole.value else { return false }
        let sentence = d.sentenceIndex(ofToken: q.tokens.lowerBound)
        let qEnd = q.noun?.upperBound ?? q.tokens.upperBound
        for k in [index - 1, index + 1] where quantities.indices.contains(k) {
            let other = quantities[k]
            guard other.unit == .count, other.qualifier == .exact, other.value > 0,
                  d.sentenceIndex(ofToken: other.tokens.lowerBound) == sentence else { continue }
            let otherEnd = other.noun?.upperBound ?? other.tokens.upperBound
            let gap = k > index ? other.tokens.lowerBound - qEnd : q.tokens.lowerBound - otherEnd
            if gap >= 0, gap <= Self.splitReach, tolerance.close(q.value + other.value, whole.value) { return true }
        }
        return false
    }
}
