/// What a count counts: the noun a figure is of, which keeps "seven engines" from
/// binding to a fact about stages (`FigureBinder.countsOtherNoun`).
extension QuantityReader {
    /// The lowercase word after a figure, past up to two names and hyphenated modifiers
    /// ("seven Tyr engines", "seven Tyr first-stage engines": engines).
    func countedNoun(_ d: Document, after end: Int) -> Int? {
        let t = d.tokens
        var k = end, skipped = 0
        while k + 1 < t.count, skipped < 2, !t[k + 1].has(.lineBefore) {
            if t[k].kind == .word, t[k].has(.capitalized), !t[k].has(.lineBefore), t[k + 1].kind == .word, t[k + 1].has(.spaceBefore) {
                k += 1; skipped += 1
            } else if k + 3 < t.count, t[k].kind == .word, t[k + 1].isJoined, d.token(k + 1, is: "-"), t[k + 2].isJoined,
                      t[k + 2].kind == .word, t[k + 3].kind == .word, t[k + 3].has(.spaceBefore) {
                k += 3; skipped += 1
            } else {
                break
            }
        }
        guard k < t.count, t[k].kind == .word, !t[k].has(.capitalized) else { return nil }
        // Only a skip that ends on a lowercase word counts: "5 Downing Street" counts nothing.
        return k
    }
}
