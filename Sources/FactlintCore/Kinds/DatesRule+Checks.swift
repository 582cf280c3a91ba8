/// The three per-article checks of the `dates` kind.
extension DatesRule {
    /// Impossible dates, and weekdays written with a date they do not fall on.
    func checkCalendar(_ d: Document, _ expressions: [TimeExpression], _ findings: inout Findings<Evidence>) {
        for e in expressions where e.kind == .date {
            if let (_, m, day) = e.impossible, e.yearInferred { // "September 31": no month has room for it
                let last = CivilDate.civil(CivilDate.days(2000, m + 1, 1) - 1).day // 2000 is a leap year: the most any year has
                findings.diagnostics.append(diagnostic(d, e.bytes,
                    "'\(d.string(e.bytes))' is not a date: \(CivilDate.monthNames[m - 1]) has \(last) days, not \(day)"))
                continue
            }
            if let (y, m, day) = e.impossible {
                let last = CivilDate.civil(CivilDate.days(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1).day
                findings.diagnostics.append(diagnostic(d, e.bytes,
                    "'\(d.string(e.bytes))' is not a date: \(CivilDate.monthNames[m - 1]) \(y) has \(last) days, not \(day)"))
                continue
            }
            guard let stated = e.statedWeekday, let day = e.interval?.lowerBound, e.interval?.count == 1 else { continue }
            let actual = CivilDate.weekday(day)
            guard actual != stated else { continue }
            let date = CivilDate.describe(day)
            let note = e.yearFromContext ? " (year from the surrounding text)" : e.yearInferred ? " (year from the article date)" : ""
            findings.diagnostics.append(diagnostic(d, e.bytes,
                "\(date) was a \(CivilDate.weekdayNames[actual])\(note), not a \(CivilDate.weekdayNames[stated])"))
        }
    }

    /// Expressions that name a time on their own: written dates, months, years, decades and
    /// spans. Year-less dates, weekdays and relative expressions ("next year") are left out
    /// for events known to the year: near an anchor they too often speak of another time.
    /// An event known to the day, month or quarter takes them too ("published on Tuesday").
    func datable(_ e: TimeExpression, for event: Event) -> Bool {
        guard e.interval != nil else { return false }
        if event.finerThanYear { return true }
        return !e.yearInferred && e.kind != .weekday && e.kind != .relative
    }

    func checkEvents(_ d: Document, _ expressions: [TimeExpression], eventHits: [Anchors.Hit], _ findings: inout Findings<Evidence>) {
        let all = eventHits.filter { !anchorWords.namesAnotherThing(d, $0.tokens) && !anchorWords.isAttributive(d, $0.tokens) }
        let groups = coordinated(d, expressions.filter { $0.interval != nil })
        let inner = innerDates(d, groups)
        guard !all.isEmpty || !inner.isEmpty else { return }
        let spans = groups.map { $0.first!.tokens.lowerBound..<$0.last!.tokens.upperBound }
        let governed = all.compactMap { hit in anchorWords.governor(d, before: hit.tokens.lowerBound).map { (hit, $0.start) } }
        let free = all.filter { anchorWords.governor(d, before: $0.tokens.lowerBound) == nil }
        // A person's event takes only dates of clauses about that person (`EventOwners`).
        let persons = owners.isEmpty ? [] : owners.persons(in: d)
        var cached: (sentence: Int, clauses: SentenceClauses)? = nil
        func aboutOwner(_ c: Int, _ fact: Int) -> Bool {
            guard fact < persons.count, let owner = persons[fact] else { return true }
            let s = d.sentenceIndex(ofToken: spans[c].lowerBound)
            let sentence = d.sentences[s].tokens
            if cached?.sentence != s { cached = (s, eventKeys.clauses.clauses(d, sentence: sentence)) }
            return owners.allows(spans[c], owner: owner, in: d, clauses: cached!.clauses, sentence: sentence)
        }
        var binding = eventAnchors.bind(spans, hits: free, in: d) { c, fact in
            groups[c].allSatisfy { datable($0, for: options.events[fact]) } && aboutOwner(c, fact)
        }
        // A governed anchor dates only what is written inside its phrase or right after it.
        for (hit, start) in governed {
            let after = hit.tokens.upperBound
            // "the 1969 landing in 2009": a date inside the phrase leaves the one after it to the clause.
            let datedInside = spans.contains { $0.lowerBound > start && $0.upperBound <= hit.tokens.lowerBound }
            for (c, span) in spans.enumerated() where binding[c] == nil && span.lowerBound > start
                && (span.lowerBound <= after || (!datedInside && span.lowerBound == after + 1 && directlyAfter(d, after))) {
                if let fact = hit.facts.first(where: { f in groups[c].allSatisfy { datable($0, for: options.events[f]) } && aboutOwner(c, f) }) { binding[c] = fact }
            }
        }
        for (c, fact) in inner { binding[c] = fact }
        for (c, fact) in clauseDates(d, groups, hits: free, bound: binding) { binding[c] = fact }
        for (index, group) in groups.enumerated() {
            guard let bound = binding[index] else { continue }
            let event = options.events[bound]
            let bytes = group.first!.bytes.lowerBound..<group.last!.bytes.upperBound
            let text = d.string(bytes)
            guard let interval = event.interval else {
                let union = group.first!.interval!.lowerBound...group.last!.interval!.upperBound
                findings.evidence.append(Evidence(event: bound, interval: union, text: text,
                                                  location: d.location(bytes)))
                continue
            }
            let outside = group.filter { !$0.interval!.overlaps(interval) }
            // A date that could not be a slip for the event's (weeks or a few years away) is
            // another time the sentence speaks of: the sale three years later, the anniversary.
            // A date written without its year (a weekday, "this month", "30 July") can be off by
            // days, not by years: a year away, the year factlint supplied is what is wrong.
            guard !outside.isEmpty, outside.allSatisfy({ e in
                EventDateVotes.slip(e.interval!, for: interval, yearWritten: standalone(e)) }) else { continue }
            var message = "\(event.name) took place \(event.described); found '\(text)'"
            if group.count > 1 {
                message += " (\(outside.map(\.describedInterval).joined(separator: ", ")) outside it)"
            } else if let e = group.first, e.kind == .weekday || e.kind == .relative || e.yearInferred {
                message += " (\(resolved(e)))" // what the article's date made of it
            }
            findings.diagnostics.append(diagnostic(d, bytes, message, severity: event.severity))
        }
    }

    /// "the landing in 1969", "the landing (1969)", "the landing, 1969".
    private func directlyAfter(_ d: Document, _ k: Int) -> Bool {
        d.tokens[k].word == extractor.v.inWord || d.tokens[k].word == extractor.v.onWord || d.token(k, is: "(") || d.token(k, is: ",")
    }

    /// A resolved relative or year-less expression for a message: "October 28, 2025", "October 20–26, 2025".
    private func resolved(_ e: TimeExpression) -> String {
        guard let i = e.interval else { return "unresolved" }
        if i.count == 1 { return CivilDate.describe(i.lowerBound) }
        return "\(CivilDate.describe(i.lowerBound)) to \(CivilDate.describe(i.upperBound))"
    }

    /// A time named on its own (not a weekday, relative expression or year-less date).
    private func standalone(_ e: TimeExpression) -> Bool {
        !e.yearInferred && e.kind != .weekday && e.kind != .relative
    }

    /// Runs of expressions joined only by "and", "or", commas or "the": "the 1960s and 1970s".
    func coordinated(_ d: Document, _ expressions: [TimeExpression]) -> [[TimeExpression]] {
        var groups: [[TimeExpression]] = []
        for e in expressions {
            // The distance first: the gap to the previous expression is usually a paragraph.
            if let last = groups.last?.last, e.tokens.lowerBound - last.tokens.upperBound <= 3, standalone(last) == standalone(e),
               (last.tokens.upperBound..<e.tokens.lowerBound).allSatisfy({ k in
                   let w = d.tokens[k].word
                   return w == extractor.v.and || w == extractor.v.or || w == extractor.v.the || d.token(k, is: ",")
               }) {
                groups[groups.count - 1].append(e)
            } else {
                groups.append([e])
            }
        }
        return groups
    }

    /// An anniversary to check: the anchor, where its phrase starts, and what it commemorates.
    struct Commemorated {
        var tokens: Range<Int>
        var phraseStart: Int
        var name: String
        var year: Int
        /// Named by its subject, not an anchor: only a time right after it ("its 90th
        /// anniversary this year", "… in 2026") is the anniversary's.
        var adjacentOnly = false
    }

    /// Declared anniversaries, and events known to one year named in "the Nth anniversary of …".
    private func commemorated(_ d: Document, eventHits: [Anchors.Hit]) -> [Commemorated] {
        var found: [Commemorated] = []
        let hits = options.anniversaries.isEmpty ? [] : anniversaryAnchors.hits(in: d)
        for hit in hits where !anchorWords.namesAnotherThing(d, hit.tokens) && !anchorWords.commemoratesAnother(d, hit, among: hits) {
            guard let index = hit.facts.first else { continue }
            let a = options.anniversaries[index]
            found.append(Commemorated(tokens: hit.tokens, phraseStart: hit.tokens.lowerBound, name: a.name, year: a.year))
        }
        // "its 90th anniversary" after a declared anniversary's subject, unless an anchor already named it.
        for s in subjectAnniversaries(d) where !found.contains(where: { $0.tokens.overlaps(s.tokens) || s.tokens.overlaps($0.phraseStart..<$0.tokens.upperBound) }) {
            found.append(s)
        }
        guard !options.events.isEmpty else { return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        for hit in eventHits where !anchorWords.namesAnotherThing(d, hit.tokens) {
            guard let g = anchorWords.governor(d, before: hit.tokens.lowerBound), g.kind == .commemoration,
                  let index = hit.facts.first, let interval = options.events[index].interval else { continue }
            let year = CivilDate.civil(interval.lowerBound).year
            guard CivilDate.civil(interval.upperBound).year == year else { continue }
            found.append(Commemorated(tokens: hit.tokens, phraseStart: g.start, name: options.events[index].name, year: year))
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    func checkAnniversaries(_ d: Document, _ expressions: [TimeExpression], eventHits: [Anchors.Hit], _ findings: inout Findings<Evidence>) {
        var reported = Set<Int>() // expressions already reported: two anchors of one anniversary give one finding
        for hit in commemorated(d, eventHits: eventHits) {
            guard let ordinal = ordinal(d, near: hit.phraseStart..<hit.tokens.upperBound) else { continue }
            let sentence = d.sentences[d.sentenceIndex(ofToken: hit.tokens.lowerBound)].tokens
            var first = 0, last = expressions.count // expressions are in text order
            while first < last {
                let mid = (first + last) / 2
                if expressions[mid].tokens.lowerBound < sentence.lowerBound { first = mid + 1 } else { last = mid }
            }
            // Not the commemorated year itself ("the anniversary of the 1969 landing"): that dates the event.
            let inSentence = expressions[first...].prefix { $0.tokens.lowerBound < sentence.upperBound }.filter {
                $0.interval != nil && $0.kind != .weekday && $0.kind != .date && $0.years != hit.year...hit.year
                    && (!hit.adjacentOnly || (hit.tokens.upperBound...(hit.tokens.upperBound + 1)).contains($0.tokens.lowerBound))
            }
            guard let when = inSentence.min(by: { distance($0.tokens, hit.tokens) < distance($1.tokens, hit.tokens) }),
                  let years = when.years else { continue }
            let expected = hit.year + ordinal.value
            guard !years.contains(expected), reported.insert(when.bytes.lowerBound).inserted else { continue }
            let found = d.string(when.bytes)
            let foundYear = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
            findings.diagnostics.append(diagnostic(d, when.bytes,
                "the \(ordinal.text) anniversary of \(hit.name) (\(hit.year)) falls in \(expected); found '\(found)' (\(foundYear))"))
        }
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    /// "250th" inside or up to three tokens before the anchor.
    func ordinal(_ d: Document, near anchor: Range<Int>) -> (value: Int, text: String)? {
        let tokens = d.tokens
        for k in stride(from: anchor.upperBound - 1, through: max(0, anchor.lowerBound - 4), by: -1)
        where tokens[k].kind == .number && k + 1 < tokens.count && tokens[k + 1].isJoined && ordinalSuffixes.contains(tokens[k + 1].word) {
            if let n = Int(d.string(token: k)) { return (n, d.string(tokens: k..<(k + 2))) }
        }
        return nil
    }
}
