/// Rule-free event dates: each article's dates with the words of their clauses, voted on
/// across articles (`EventDateVotes`).
extension DatesRule {
    /// The article's own date in its masthead, byline or dateline ("Published 15 March 2026"):
    /// it dates no event.
    func isArticleDate(_ d: Document, _ e: TimeExpression, reference: Int?) -> Bool {
        guard let reference, e.kind != .weekday, e.kind != .relative, e.interval == reference...reference else { return false }
        return d.text.lineColumn(of: e.bytes.lowerBound).line <= ArticleDate.mastheadLines + 1
    }

    func collectVotes(_ d: Document, _ expressions: [TimeExpression], reference: Int?, _ findings: inout Findings<Evidence>) {
        func relative(_ e: TimeExpression) -> Bool { e.kind == .weekday || e.kind == .relative || (e.yearInferred && !e.yearFromContext) }
        let voting = { (e: TimeExpression) -> Bool in
            // "today", "this week": the article's own present, what it reports is happening now.
            if e.kind == .relative, let reference, let i = e.interval, i.contains(reference) { return false }
            if isArticleDate(d, e, reference: reference) { return false }
            // "(2350 GMT on Saturday)": the day in GMT, which may not be the story's local day.
            if universalClock(d, before: e.tokens.lowerBound) { return false }
            // "12/03/2026" with nothing to tell its order: no vote, unless a rule declared the order.
            return !e.ambiguousSlash || options.slashDatesDeclared
        }
        // A date this article's checks already reported (against a declared event, or its
        // weekday) gets no second finding from the vote; it still votes.
        let reported = Set(findings.diagnostics.map(\.location.byteRange.lowerBound))
        for k in eventKeys.keyed(d, expressions, years: true, voting: voting) {
            let e = k.expression
            guard let interval = e.interval else { continue }
            let claim = EventDateVotes.Claim(keys: k.keys, words: k.words, interval: interval, text: d.string(e.bytes),
                                             location: d.location(e.bytes), articleDate: relative(e) ? reference : nil,
                                             reported: reported.contains(e.bytes.lowerBound),
                                             measuredFrom: k.measuredFrom.isEmpty ? nil : k.measuredFrom,
                                             yearOnly: e.kind == .year ? true : nil)
            findings.evidence.append(Evidence(event: -1, interval: interval, text: claim.text, location: claim.location, vote: claim))
        }
    }

    /// "GMT on" or "UTC" right before a date.
    func universalClock(_ d: Document, before start: Int) -> Bool {
        var k = start - 1
        if k >= 0, d.tokens[k].kind == .word, d.string(token: k).lowercased() == "on" { k -= 1 }
        guard k >= 0, d.tokens[k].kind == .word, d.tokens[k].has(.allCaps) else { return false }
        let zone = d.string(token: k)
        return zone == "GMT" || zone == "UTC"
    }

    func compareVotes(_ claims: [EventDateVotes.Claim], into diagnostics: inout [Diagnostic]) {
        guard !claims.isEmpty else { return }
        // A bare year already reported as a founding year (`compareOrigins`) gets no second finding.
        let years = EventDateVotes.yearFindings(claims).filter { f in
            let l = claims[f.claim].location
            return !diagnostics.contains { $0.location.path == l.path && $0.location.byteRange.overlaps(l.byteRange) }
        }
        for f in EventDateVotes.findings(claims) + years {
            let c = claims[f.claim]
            diagnostics.append(Diagnostic(ruleID: meta.id, severity: .warning, message: f.message, location: c.location,
                                          related: f.related.map { RelatedLocation(claims[$0.claim].location, $0.note) }))
        }
    }
}
