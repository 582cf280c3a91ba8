/// A year that names an event and the date its own clause gives it must agree: "The 2010
/// quake, which struck on 27 February 2011" contradicts itself. Only a verb of occurrence
/// ties the date to the event ("struck", "took place"): "the 2024 budget, approved in
/// December 2023" is another act about it.
extension DatesRule {
    func checkYearLabels(_ d: Document, _ expressions: [TimeExpression], _ findings: inout Findings<Evidence>) {
        let tokens = d.tokens
        let written = expressions.filter { !$0.yearInferred && ($0.kind == .date || $0.kind == .month) && $0.years?.count == 1 }
        guard !written.isEmpty else { return }
        for label in expressions where label.kind == .year && !label.yearInferred {
            let start = label.tokens.lowerBound, end = label.tokens.upperBound
            guard start >= 1, tokens[start - 1].word == extractor.v.the, let year = label.years?.lowerBound,
                  label.years?.count == 1, end + 1 < tokens.count, tokens[end].kind == .word,
                  !tokens[end].has(.capitalized), !tokens[end].has(.allCaps) else { continue }
            // "quake, which struck on", "quake struck on", "quake that hit in".
            var k = end + 1
            if d.token(k, is: ",") { k += 1 }
            if k < tokens.count, ["which", "that"].contains(d.string(token: k).lowercased()) { k += 1 }
            guard let verbEnd = occurrenceVerb(d, at: k) else { continue }
            var at = verbEnd
            if at < tokens.count, d.token(at, is: "on") || tokens[at].word == extractor.v.inWord { at += 1 }
            guard let date = written.first(where: { $0.tokens.lowerBound == at }), let dateYear = date.years?.lowerBound,
                  dateYear != year, d.sentenceIndex(ofToken: at) == d.sentenceIndex(ofToken: start) else { continue }
            let phrase = d.string(d.byteRange(tokens: (start - 1)..<(end + 1)))
            findings.diagnostics.append(diagnostic(d, date.bytes,
                "'\(d.string(date.bytes))' is in \(dateYear), but its own phrase calls it '\(phrase)' (\(year))"))
        }
    }

    /// "struck", "took place", "was held": the end of a verb of occurrence at `k`, if one is there.
    private func occurrenceVerb(_ d: Document, at k: Int) -> Int? {
        guard k < d.tokens.count, d.tokens[k].kind == .word else { return nil }
        let w = d.string(token: k).lowercased()
        if Self.occurrenceVerbs.contains(w) { return k + 1 }
        guard k + 1 < d.tokens.count, d.tokens[k + 1].kind == .word else { return nil }
        let pair = w + " " + d.string(token: k + 1).lowercased()
        return Self.occurrencePairs.contains(pair) ? k + 2 : nil
    }

    static let occurrenceVerbs: Set<String> = ["struck", "hit", "occurred", "happened", "erupted", "landed"]
    static let occurrencePairs: Set<String> = ["took place", "broke out", "was held", "were held", "was played", "was fought"]
}
