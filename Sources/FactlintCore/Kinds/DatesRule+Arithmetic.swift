/// Arithmetic the text does with years: "twelve years after the landing" in a sentence
/// dated 1982, "fifteen years later", "a 15-year gap between 1998 and 2014", "aged 38"
/// next to "born in 1990". The years come from the rule's events or from the text itself;
/// a statement with nothing to check against is left alone.
extension DatesRule {
    func checkArithmetic(_ d: Document, _ expressions: [TimeExpression], eventHits hits: [Anchors.Hit], reference: Int?,
                         _ findings: inout Findings<Evidence>) {
        // Every check needs a year the text states (a birth year is one too).
        guard expressions.contains(where: { !$0.yearInferred && $0.kind != .weekday && $0.kind != .relative }) else { return }
        let phrases = elapsed.phrases(in: d)
        guard !phrases.isEmpty else { return }
        // Years the text states outright, one calendar year each; a birth year is no date of the clause.
        let births = phrases.filter { $0.kind == .born }
        let stated = expressions.filter { e in
            !e.yearInferred && (e.kind == .year || e.kind == .date || e.kind == .month) && e.years?.count == 1
                && !births.contains { overlaps($0.tokens, e.tokens) }
        }
        for p in phrases {
            let sentence = d.sentenceIndex(ofToken: p.tokens.lowerBound)
            let inSentence = stated.filter { d.sentenceIndex(ofToken: $0.tokens.lowerBound) == sentence && !overlaps($0.tokens, p.tokens) }
            var problem: String? = nil
            switch p.kind {
            case .after, .before:
                guard let (base, what, baseTokens, baseDays) = baseYear(d, after: p, hits: hits, inSentence: inSentence) else { continue }
                // "The ruling came eight years after the tribunal's decision": a declared event
                // named before the phrase is the clause's time.
                if let (when, name) = subjectEvent(d, before: p, hits: hits, sentence: sentence),
                   let possible = Self.wholeYears(from: baseDays, to: when.lowerBound) {
                    if !possible.contains(p.years) {
                        problem = "from \(Self.describeBase(baseDays))\(what) to \(name) is \(Self.count(possible)) years"
                    }
                    break
                }
                // The base's own year written again ("after the sixth title, won in 2011") is no second time.
                let others = inSentence.filter { $0.tokens != baseTokens && $0.years != base...base }
                guard let when = nearest(others, to: p.tokens), let year = when.years?.lowerBound else {
                    problem = sinceArticleDate(d, p, base: baseDays, what: what, expressions: expressions, stated: stated,
                                               sentence: sentence, reference: reference)
                    break
                }
                let diff = p.kind == .after ? year - base : base - year
                // A gap that runs backwards means the other year is another event's ("an inquiry
                // opened in 2017"): only the article's own date may still be the clause's time.
                if diff <= 0 {
                    problem = sinceArticleDate(d, p, base: baseDays, what: what, expressions: expressions, stated: stated,
                                               sentence: sentence, reference: reference)
                } else if diff != p.years {
                    let (from, to) = p.kind == .after ? ("\(base)\(what)", "\(year)") : ("\(year)", "\(base)\(what)")
                    problem = "from \(from) to \(to) is \(years(diff))"
                }
            case .later, .earlier:
                guard let when = nearest(inSentence, to: p.tokens, within: 6), let year = when.years?.lowerBound,
                      let base = previousYear(d, before: min(p.tokens.lowerBound, when.tokens.lowerBound), in: stated, sentence: sentence)
                else { continue }
                let diff = p.kind == .later ? year - base : base - year
                if diff != p.years && diff > 0 {
                    problem = p.kind == .later ? "from \(base) to \(year) is \(years(diff))" : "from \(year) to \(base) is \(years(diff))"
                }
            case .gap:
                let spans = expressions.filter { $0.kind == .span && d.sentenceIndex(ofToken: $0.tokens.lowerBound) == sentence }
                let ends: (Int, Int)?
                if let span = spans.first?.years {
                    ends = (span.lowerBound, span.upperBound)
                } else if case let ys = inSentence.compactMap({ $0.years?.lowerBound }).sorted(), ys.count == 2 {
                    ends = (ys[0], ys[1])
                } else {
                    ends = nil
                }
                guard let (from, to) = ends, to - from != p.years else { continue }
                problem = "from \(from) to \(to) is \(years(to - from))"
            case .age:
                guard let birth = birthYear(d, near: p, births: births, sentence: sentence) else { continue }
                // "aged 35" and "at the age of 35" are as of the clause's year; "the 52-year-old" describes
                // the person as the article is written ("The 52-year-old joined in 2001").
                let articleYear = reference.map { CivilDate.civil($0).year }
                let descriptor = d.tokens[p.tokens.upperBound - 1].word == elapsed.old
                guard let year = descriptor ? articleYear : (nearest(inSentence, to: p.tokens)?.years?.lowerBound ?? articleYear) else { continue }
                let possible = (year - birth - 1)...(year - birth)
                if !possible.contains(p.years) {
                    problem = "born in \(birth), the age in \(year) is \(possible.lowerBound) or \(possible.upperBound)"
                }
            case .born:
                continue
            }
            guard let problem else { continue }
            let bytes = d.byteRange(tokens: p.tokens)
            findings.diagnostics.append(diagnostic(d, bytes, "'\(d.string(bytes))' does not add up: \(problem)"))
        }
    }

    func years(_ n: Int) -> String { n == 1 || n == -1 ? "\(n) year" : "\(n) years" }

    func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool { a.lowerBound < b.upperBound && b.lowerBound < a.upperBound }

    private func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    private func nearest(_ candidates: [TimeExpression], to tokens: Range<Int>, within limit: Int = .max) -> TimeExpression? {
        let best = candidates.min { gap($0.tokens, tokens) < gap($1.tokens, tokens) }
        return best.flatMap { gap($0.tokens, tokens) <= limit ? $0 : nil }
    }

    /// What "after"/"before" counts from: an event of the rules named right after the phrase
    /// ("after the landing"), else a year written there ("after its 1990 opening").
    private func baseYear(_ d: Document, after p: ElapsedPhrase, hits: [Anchors.Hit], inSentence: [TimeExpression])
        -> (year: Int, what: String, tokens: Range<Int>?, days: ClosedRange<Int>)? {
        let object = p.tokens.upperBound..<(p.tokens.upperBound + 6)
        if let hit = hits.first(where: { object.contains($0.tokens.lowerBound) && $0.tokens.lowerBound < p.tokens.upperBound + 4 }),
           let fact = hit.facts.first, let interval = options.events[fact].interval,
           CivilDate.civil(interval.lowerBound).year == CivilDate.civil(interval.upperBound).year {
            return (CivilDate.civil(interval.lowerBound).year, " (\(options.events[fact].name))", nil, interval)
        }
        if let e = inSentence.first(where: { object.contains($0.tokens.lowerBound) }), let y = e.years?.lowerBound, let days = e.interval {
            return (y, "", e.tokens, days)
        }
        // "after the tribunal first imposed the penalty on 20 October 2020": a date further
        // on, with no comma before it, is still the object's.
        let reach = p.tokens.upperBound..<min(d.tokens.count, p.tokens.upperBound + 10)
        let stop = reach.first { d.token($0, is: ",") || d.token($0, is: ";") } ?? reach.upperBound
        if let e = inSentence.first(where: { reach.contains($0.tokens.lowerBound) && $0.tokens.lowerBound < stop }),
           let y = e.years?.lowerBound, let days = e.interval {
            return (y, "", e.tokens, days)
        }
        // "opened in 1975 … 45 years after it opened", "first run in 1983, … 45 years after that
        // first start": a back-reference counts from the one year stated before it in the sentence.
        if p.tokens.upperBound < d.tokens.count, ["it", "that", "this"].contains(d.string(token: p.tokens.upperBound).lowercased()) {
            let before = inSentence.filter { $0.tokens.upperBound <= p.tokens.lowerBound }
            if before.count == 1, let e = before.first, let y = e.years?.lowerBound, let days = e.interval { return (y, "", e.tokens, days) }
        }
        // "after the sixth title, won in 2011": a participle after the object dates it.
        if stop < reach.upperBound, d.token(stop, is: ","), case let comma = stop, comma + 2 < d.tokens.count,
           participle(d, comma + 1) {
            let at = comma + 2 + (d.tokens[comma + 2].word == extractor.v.inWord || d.token(comma + 2, is: "on") ? 1 : 0)
            if let e = inSentence.first(where: { $0.tokens.lowerBound == at }), closesObject(d, after: e.tokens.upperBound),
               let y = e.years?.lowerBound, let days = e.interval {
                return (y, "", e.tokens, days)
            }
        }
        return nil
    }

    /// The last year stated before token `limit` in this sentence, else in the one before it (same paragraph).
    func previousYear(_ d: Document, before limit: Int, in stated: [TimeExpression], sentence: Int) -> Int? {
        let paragraph = d.sentences[sentence].paragraph
        let earlier = stated.filter { e in
            let s = d.sentenceIndex(ofToken: e.tokens.lowerBound)
            return e.tokens.upperBound <= limit && (s == sentence || (s == sentence - 1 && d.sentences[s].paragraph == paragraph))
        }
        return earlier.last?.years?.lowerBound
    }

    /// A birth year stated in the age's sentence or the one before or after it (same paragraph), nearest first.
    private func birthYear(_ d: Document, near p: ElapsedPhrase, births: [ElapsedPhrase], sentence: Int) -> Int? {
        let paragraph = d.sentences[sentence].paragraph
        let near = births.filter { b in
            let s = d.sentenceIndex(ofToken: b.tokens.lowerBound)
            return abs(s - sentence) <= 1 && d.sentences[s].paragraph == paragraph
        }
        return near.min { gap($0.tokens, p.tokens) < gap($1.tokens, p.tokens) }?.years
    }
}
