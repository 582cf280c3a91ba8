/// "Nth anniversary" counted from an origin year the text states nearby: "founded in 1951"
/// in the same sentence or the one before it (same paragraph), so "its 70th anniversary"
/// in 2026 is wrong by five. Needs no rule: the founding and the anniversary are both in
/// the text, the year of the anniversary is one written after it or the article's.
extension DatesRule {
    func checkFoundingAnniversaries(_ d: Document, _ expressions: [TimeExpression], reference: Int?,
                                    _ findings: inout Findings<Evidence>) {
        let stated = expressions.filter { e in
            !e.yearInferred && (e.kind == .year || e.kind == .date || e.kind == .month) && e.years?.count == 1
        }
        guard !stated.isEmpty else { return }
        let tokens = d.tokens
        for k in tokens.indices where tokens[k].kind == .word && anchorWords.commemorations.contains(tokens[k].word) {
            guard let ordinal = ordinal(d, near: k..<(k + 1)) else { continue }
            let sentence = d.sentenceIndex(ofToken: k)
            guard let origin = originYear(d, before: k, sentence: sentence, stated: stated) else { continue }
            let start = stride(from: k - 1, through: max(0, k - 4), by: -1).first { tokens[$0].kind == .number } ?? k
            // The anniversary's own year: written right after it ("in 2021", "this year"), else the article's (±1: it may be next year's).
            let after = expressions.first { e in
                e.tokens.lowerBound > k && e.tokens.lowerBound <= k + 3 && e.years?.count == 1 && e.kind != .weekday
            }
            let (when, slack): (Int, Int)
            if let e = after, let y = e.years?.lowerBound, !(e.yearInferred && e.kind != .relative) {
                (when, slack) = (y, e.kind == .relative ? 1 : 0)
            } else if let reference, !markedInPast(d, ordinalAt: start) {
                (when, slack) = (CivilDate.civil(reference).year, 1)
            } else { continue }
            let expected = when - origin.year
            guard expected > 0, abs(ordinal.value - expected) > slack else { continue }
            let bytes = d.byteRange(tokens: start..<(k + 1))
            if findings.diagnostics.contains(where: { $0.location.byteRange.overlaps(bytes) }) { continue }
            findings.diagnostics.append(diagnostic(d, bytes,
                "'\(d.string(bytes))' does not add up: \(origin.word) in \(origin.year), \(when) is the \(Self.ordinalText(expected)) anniversary"))
        }
    }

    /// The anniversary's own verb is past ("had marked its 150th", "celebrated their 70th"):
    /// it fell in some earlier year, not the article's. "planned … for its 70th" is no such verb.
    func markedInPast(_ d: Document, ordinalAt n: Int) -> Bool {
        var k = n - 1
        if k >= 0, d.tokens[k].kind == .word, ["its", "their", "his", "her", "the"].contains(d.string(token: k).lowercased()) { k -= 1 }
        guard k >= 0, d.tokens[k].kind == .word else { return false }
        return extractor.v.past.contains(d.tokens[k].word) || extractor.regularPast(d, k)
    }

    /// The last year in this sentence before `limit`, or in the one before (same paragraph),
    /// written right after an origin verb: "founded in 1951", "incorporated 1951".
    private func originYear(_ d: Document, before limit: Int, sentence: Int, stated: [TimeExpression]) -> (year: Int, word: String)? {
        let paragraph = d.sentences[sentence].paragraph
        for e in stated.reversed() where e.tokens.upperBound <= limit {
            let s = d.sentenceIndex(ofToken: e.tokens.lowerBound)
            guard s == sentence || (s == sentence - 1 && d.sentences[s].paragraph == paragraph) else {
                if s < sentence - 1 { break } else { continue }
            }
            var j = e.tokens.lowerBound - 1
            if j >= 0, d.tokens[j].word == extractor.v.inWord { j -= 1 }
            guard j >= 0, d.tokens[j].kind == .word else { continue }
            let word = d.string(token: j).lowercased()
            if Self.originWords.contains(word), let y = e.years?.lowerBound { return (y, word) }
        }
        return nil
    }

    static let originWords: Set<String> = ["founded", "established", "incorporated", "formed", "inaugurated", "chartered", "created"]

    static func ordinalText(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }
}
