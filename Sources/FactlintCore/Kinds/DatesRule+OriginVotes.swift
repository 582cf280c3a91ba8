/// Rule-free founding years, voted on across articles (`OriginVotes`): each article's
/// "X, founded in 1926" and "X's 90th anniversary" (read against the article's date), keyed
/// by X.
extension DatesRule {
    func collectOrigins(_ d: Document, _ expressions: [TimeExpression], reference: Int?, _ findings: inout Findings<Evidence>) {
        let reported = findings.diagnostics.map(\.location.byteRange)
        func add(_ subject: String, _ years: ClosedRange<Int>, stated: Bool, _ tokens: Range<Int>) {
            let bytes = d.byteRange(tokens: tokens)
            // Reported already when a check of this article flagged it or the year beside it
            // ("the 70th anniversary … falls in 2021; found 'this year'").
            let near = d.byteRange(tokens: max(0, tokens.lowerBound - 4)..<min(d.tokens.count, tokens.upperBound + 4))
            let claim = OriginVotes.Claim(subject: subject, years: years, stated: stated, text: d.string(bytes),
                                          location: d.location(bytes), reported: reported.contains { $0.overlaps(near) })
            let days = CivilDate.days(years.lowerBound, 1, 1)...CivilDate.days(years.upperBound, 12, 31)
            findings.evidence.append(Evidence(event: -1, interval: days, text: claim.text, location: claim.location, origin: claim))
        }
        // Stated: "X, founded in 1926", "X was founded in 1926", "Founded in 1951 ..., X built".
        for e in expressions where !e.yearInferred && [.year, .date, .month].contains(e.kind) {
            guard let years = e.years, years.count == 1 else { continue }
            var j = e.tokens.lowerBound - 1
            if j >= 0, d.tokens[j].word == extractor.v.inWord { j -= 1 }
            guard j >= 0, d.tokens[j].kind == .word, Self.originWords.contains(d.string(token: j).lowercased()),
                  let subject = originSubject(d, originWord: j) else { continue }
            add(subject, years, stated: true, j..<e.tokens.upperBound)
        }
        // Implied: "X's 90th anniversary", "X marks its 90th anniversary", "X, now in its 110th year".
        guard let reference else { return }
        let articleYear = CivilDate.civil(reference).year
        let tokens = d.tokens
        for k in tokens.indices where tokens[k].kind == .word {
            // The cheap tests first: most words follow no ordinal ("110th").
            guard k >= 3, tokens[k - 2].kind == .number, tokens[k - 1].isJoined, ordinalSuffixes.contains(tokens[k - 1].word) else { continue }
            let commemoration = anchorWords.commemorations.contains(tokens[k].word)
            guard commemoration || d.string(token: k).lowercased() == "year", let n = Int(d.string(token: k - 2)) else { continue }
            let owner = k - 3
            let possessivePronoun = tokens[owner].kind == .word && ["its", "their"].contains(d.string(token: owner).lowercased())
            // "in its 110th year": the year counted from the first, so founded N − 1 years before.
            if !commemoration && !(possessivePronoun && owner >= 1 && tokens[owner - 1].word == extractor.v.inWord) { continue }
            let subject: String?
            if possessivePronoun {
                subject = sentenceSubject(d, d.sentences[d.sentenceIndex(ofToken: k)].tokens)
            } else if TypePhrases.isPossessive(d, endingAt: owner) {
                subject = subjectEnding(d, at: owner - 2)
            } else {
                subject = nil
            }
            guard let subject else { continue }
            // The anniversary's year: written right after it ("in 2021"), else the article's.
            let after = expressions.first { e in
                e.tokens.lowerBound > k && e.tokens.lowerBound <= k + 3 && e.years?.count == 1 && e.kind != .weekday
            }
            var when = articleYear, slack = 1
            if let e = after, let y = e.years?.lowerBound, !(e.yearInferred && e.kind != .relative) {
                (when, slack) = (y, e.kind == .relative ? 1 : 0)
            } else if markedInPast(d, ordinalAt: k - 2) {
                continue // "had marked its 150th": some earlier year, not the article's
            }
            let origin = when - n + (commemoration ? 0 : 1)
            guard n > 0, origin > 0 else { continue }
            add(subject, (origin - slack)...(origin + slack), stated: false, (k - 2)..<(k + 1))
        }
    }

    /// Who an origin word at `j` is said of: the phrase before ", founded" or "was founded",
    /// or after the comma of a sentence that opens with it ("Founded in 1951, Brenholt").
    private func originSubject(_ d: Document, originWord j: Int) -> String? {
        let sentence = d.sentences[d.sentenceIndex(ofToken: j)].tokens
        if j == sentence.lowerBound { return sentenceSubject(d, sentence) }
        guard j - 2 >= sentence.lowerBound else { return nil }
        if d.token(j - 1, is: ",") { return subjectEnding(d, at: j - 2) }
        var k = j - 1
        if d.string(token: k).lowercased() == "been", k - 1 > sentence.lowerBound { k -= 1 } // "had been founded"
        guard ["was", "were", "is", "had"].contains(d.string(token: k).lowercased()) else { return nil }
        return subjectEnding(d, at: k - 1)
    }

    /// The subject that opens a sentence: a name ("Fjordlinje Vest, which marks"), or "the"
    /// and a noun ("The museum, founded in 1876, is marking"); past an opening participle
    /// clause ("Founded in 1951 in Munich, Brenholt built").
    func sentenceSubject(_ d: Document, _ sentence: Range<Int>) -> String? {
        var k = sentence.lowerBound
        guard k < sentence.upperBound else { return nil }
        if Self.originWords.contains(d.string(token: k).lowercased()) {
            guard let comma = (k..<sentence.upperBound).first(where: { d.token($0, is: ",") }) else { return nil }
            k = comma + 1
        }
        guard k < sentence.upperBound, d.tokens[k].kind == .word else { return nil }
        if d.string(token: k).lowercased() == "the" {
            k += 1
            guard k < sentence.upperBound, d.tokens[k].kind == .word else { return nil }
            if !d.tokens[k].has(.capitalized) { return d.string(token: k).lowercased() }
        }
        guard TypePhrases.isNameWord(d, k), !TypePhrases.isGrammar(d, k) else { return nil }
        var end = k + 1
        while end < sentence.upperBound, TypePhrases.isNameWord(d, end), !d.tokens[end].has(.lineBefore) { end += 1 }
        return subjectEnding(d, at: end - 1)
    }

    /// The phrase ending at token `end`: a run of capitalized words ("Fjordlinje Vest"), or a
    /// lowercase noun after "the" ("museum"), lowercased.
    func subjectEnding(_ d: Document, at end: Int) -> String? {
        guard end >= 0, d.tokens[end].kind == .word else { return nil }
        if !d.tokens[end].has(.capitalized) {
            guard end >= 1, d.tokens[end - 1].kind == .word, d.string(token: end - 1).lowercased() == "the" else { return nil }
            return d.string(token: end).lowercased()
        }
        var start = end
        while start - 1 >= 0, TypePhrases.isNameWord(d, start - 1), !TypePhrases.isGrammar(d, start - 1),
              !d.tokens[start].has(.lineBefore) { start -= 1 }
        guard !TypePhrases.isGrammar(d, start) else { return nil }
        return (start...end).map { d.string(token: $0).lowercased() }.joined(separator: " ")
    }

    func compareOrigins(_ claims: [OriginVotes.Claim], into diagnostics: inout [Diagnostic]) {
        guard !claims.isEmpty else { return }
        for f in OriginVotes.findings(claims) {
            let c = claims[f.claim]
            let related = f.witnesses.prefix(EventDateVotes.maxRelated).map { RelatedLocation(claims[$0].location, "'\(claims[$0].text)' here") }
            diagnostics.append(Diagnostic(ruleID: meta.id, severity: .warning, message: f.message, location: c.location, related: Array(related)))
        }
    }
}
