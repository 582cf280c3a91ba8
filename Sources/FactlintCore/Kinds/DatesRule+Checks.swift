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
    /// spans. Year-less dates, weekdays and relative expressions ("next year") are left out:
    /// near an anchor they too often speak of another time.
    private func datable(_ e: TimeExpression) -> Bool {
        guard e.interval != nil, !e.yearInferred else { return false }
        return e.kind != .weekday && e.kind != .relative
    }

    func checkEvents(_ d: Document, _ expressions: [TimeExpression], _ findings: inout Findings<Evidence>) {
        let hits = eventAnchors.hits(in: d)
        guard !hits.isEmpty else { return }
        let groups = coordinated(d, expressions.filter(datable))
        let spans = groups.map { $0.first!.tokens.lowerBound..<$0.last!.tokens.upperBound }
        let binding = eventAnchors.bind(spans, hits: hits, in: d)
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
            guard !outside.isEmpty else { continue }
            var message = "\(event.name) took place \(event.described); found '\(text)'"
            if group.count > 1 { message += " (\(outside.map(\.describedInterval).joined(separator: ", ")) outside it)" }
            findings.diagnostics.append(diagnostic(d, bytes, message, severity: event.severity))
        }
    }

    /// Runs of expressions joined only by "and", "or", commas or "the": "the 1960s and 1970s".
    func coordinated(_ d: Document, _ expressions: [TimeExpression]) -> [[TimeExpression]] {
        var groups: [[TimeExpression]] = []
        for e in expressions {
            // The distance first: the gap to the previous expression is usually a paragraph.
            if let last = groups.last?.last, e.tokens.lowerBound - last.tokens.upperBound <= 3,
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

    func checkAnniversaries(_ d: Document, _ expressions: [TimeExpression], _ findings: inout Findings<Evidence>) {
        for hit in anniversaryAnchors.hits(in: d) {
            guard let index = hit.facts.first, let ordinal = ordinal(d, near: hit.tokens) else { continue }
            let anniversary = options.anniversaries[index]
            let sentence = d.sentences[d.sentenceIndex(ofToken: hit.tokens.lowerBound)].tokens
            var first = 0, last = expressions.count // expressions are in text order
            while first < last {
                let mid = (first + last) / 2
                if expressions[mid].tokens.lowerBound < sentence.lowerBound { first = mid + 1 } else { last = mid }
            }
            let inSentence = expressions[first...].prefix { $0.tokens.lowerBound < sentence.upperBound }.filter {
                $0.interval != nil && $0.kind != .weekday && $0.kind != .date
            }
            guard let when = inSentence.min(by: { distance($0.tokens, hit.tokens) < distance($1.tokens, hit.tokens) }),
                  let years = when.years else { continue }
            let expected = anniversary.year + ordinal.value
            guard !years.contains(expected) else { continue }
            let found = d.string(when.bytes)
            let foundYear = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
            findings.diagnostics.append(diagnostic(d, when.bytes,
                "the \(ordinal.text) anniversary of \(anniversary.name) (\(anniversary.year)) falls in \(expected); found '\(found)' (\(foundYear))"))
        }
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    /// "250th" inside or up to three tokens before the anchor.
    private func ordinal(_ d: Document, near anchor: Range<Int>) -> (value: Int, text: String)? {
        let tokens = d.tokens
        for k in stride(from: anchor.upperBound - 1, through: max(0, anchor.lowerBound - 4), by: -1)
        where tokens[k].kind == .number && k + 1 < tokens.count && tokens[k + 1].isJoined && ordinalSuffixes.contains(tokens[k + 1].word) {
            if let n = Int(d.string(token: k)) { return (n, d.string(tokens: k..<(k + 2))) }
        }
        return nil
    }
}
