/// Elapsed time counted to the article's own date: "The bridge reopens 12 years after its
/// 2013 closure" in an article dated 2026, and "its 70th anniversary" two sentences after
/// "founded in 1951". Only a clause that speaks of the article's present is counted to its
/// date; a past-tense clause may tell of any earlier time.
extension DatesRule {
    /// Whole years from some day of `base` to `day`: the fewest and the most a writer may
    /// say. With a year only, "2010" to March 2026 is 15 or 16; with a day, exact.
    static func wholeYears(from base: ClosedRange<Int>, to day: Int) -> ClosedRange<Int>? {
        let least = Double(day - base.upperBound) / 365.2425, most = Double(day - base.lowerBound) / 365.2425
        guard least >= 0 else { return nil }
        // The low count, or the high one when the last day of the base is over halfway to it.
        let low = Int(least.rounded(.down))
        return low...max(low, Int(most.rounded(.down)), Int(least.rounded()))
    }

    /// "N years after <base>" with no other time in its sentence, counted to the article's date.
    func sinceArticleDate(_ d: Document, _ p: ElapsedPhrase, base yearBase: ClosedRange<Int>, what yearWhat: String,
                          expressions: [TimeExpression], stated: [TimeExpression], sentence: Int, reference: Int?) -> String? {
        // "after the 2010 disaster" when the rules know one event of 2010 to the day: count from that day.
        var (base, what) = (yearBase, yearWhat)
        if yearBase.count >= 365, yearWhat.isEmpty {
            let known = options.events.filter { e in e.finerThanYear && e.interval.map { yearBase.contains($0.lowerBound) && yearBase.contains($0.upperBound) } == true }
            if known.count == 1, let interval = known[0].interval { (base, what) = (interval, " (\(known[0].name))") }
        }
        // A later year in the sentence before sets the story's time (the article's own date in a dateline does not).
        let later = stated.filter { $0.interval != reference.map { $0...$0 } && ($0.years?.lowerBound ?? 0) > CivilDate.civil(yearBase.upperBound).year }
        guard p.kind == .after, let reference, !introducesClauseTime(d, base: yearBase, p: p, stated: stated),
              previousYear(d, before: d.sentences[sentence].tokens.lowerBound, in: later, sentence: sentence) == nil,
              speaksOfArticleTime(d, p, sentence: sentence, expressions: expressions, reference: reference),
              let possible = Self.wholeYears(from: base, to: reference), !possible.contains(p.years) else { return nil }
        return "from \(Self.describeBase(base))\(what) to the article's date (\(CivilDate.describe(reference))) is \(Self.count(possible)) years"
    }

    /// "15 or 16", "5".
    static func count(_ possible: ClosedRange<Int>) -> String {
        possible.count == 1 ? "\(possible.lowerBound)"
            : "\(possible.lowerBound) \(possible.count == 2 ? "or" : "to") \(possible.upperBound)"
    }

    /// A declared event known to the month or day, named before the phrase in its sentence
    /// and not governed by another phrase: its date and a name for the message.
    func subjectEvent(_ d: Document, before p: ElapsedPhrase, hits: [Anchors.Hit], sentence: Int) -> (ClosedRange<Int>, String)? {
        let start = d.sentences[sentence].tokens.lowerBound
        for hit in hits.reversed() where hit.tokens.upperBound <= p.tokens.lowerBound && hit.tokens.lowerBound >= start {
            guard anchorWords.governor(d, before: hit.tokens.lowerBound) == nil, !anchorWords.namesAnotherThing(d, hit.tokens),
                  let fact = hit.facts.first, let interval = options.events[fact].interval, interval.count <= 31 else { continue }
            return (interval, "\(options.events[fact].name) (\(Self.describeBase(interval)))")
        }
        return nil
    }

    /// "2011", "February 2019", "October 20, 2020".
    static func describeBase(_ days: ClosedRange<Int>) -> String {
        let (a, b) = (CivilDate.civil(days.lowerBound), CivilDate.civil(days.upperBound))
        if days.count == 1 { return CivilDate.describe(days.lowerBound) }
        if a.year == b.year, a.month == b.month { return "\(CivilDate.monthNames[a.month - 1]) \(a.year)" }
        return a.year == b.year ? "\(a.year)" : "\(a.year)–\(b.year)"
    }

    /// ", in 1947" after the object dates the clause ("retired two years after the war, in
    /// 1947"), not the object: then nothing is counted to the article's date.
    private func introducesClauseTime(_ d: Document, base: ClosedRange<Int>, p: ElapsedPhrase, stated: [TimeExpression]) -> Bool {
        guard let e = stated.first(where: { $0.interval == base && $0.tokens.lowerBound > p.tokens.upperBound }) else { return false }
        let k = e.tokens.lowerBound
        return k >= 2 && d.tokens[k - 1].word == extractor.v.inWord && d.token(k - 2, is: ",")
    }

    /// Present tense in the sentence ("comes", "is", "now"), or a past tense in a report of
    /// the article's own week: a bare weekday elsewhere in it falls within the seven days
    /// before its date. A retrospective's past tense tells of its story's time instead.
    private func speaksOfArticleTime(_ d: Document, _ p: ElapsedPhrase, sentence: Int, expressions: [TimeExpression], reference: Int) -> Bool {
        // The phrase's own clause: up to a semicolon or the sentence's end.
        var range = d.sentences[sentence].tokens
        if let semi = range.first(where: { $0 > p.tokens.upperBound && d.token($0, is: ";") }) { range = range.lowerBound..<semi }
        if let semi = range.last(where: { $0 < p.tokens.lowerBound && d.token($0, is: ";") }) { range = (semi + 1)..<range.upperBound }
        if range.contains(where: { d.tokens[$0].kind == .word && Self.presentMarkers.contains(d.string(token: $0).lowercased()) }) {
            return true
        }
        return expressions.contains { e in
            e.kind == .weekday && e.interval.map { $0.lowerBound <= reference && reference - $0.lowerBound < 7 } == true
        }
    }

    static let presentMarkers: Set<String> = ["is", "are", "comes", "come", "marks", "has", "have", "now", "remains", "stands"]

    /// A past participle opening a clause after a comma: "won", "founded", "opened".
    func participle(_ d: Document, _ k: Int) -> Bool {
        let t = d.tokens[k]
        guard t.kind == .word, !t.has(.capitalized) else { return false }
        let w = d.string(token: k).lowercased()
        return (w.hasSuffix("ed") && w.count > 3) || Self.irregularParticiples.contains(w)
    }

    /// The participle clause ends the object phrase: the sentence ends or goes on after a
    /// comma with a conjunction. A verb next ("the span, built in 2013, was closed") means the
    /// object was a clause of its own, and the year dates only its subject.
    func closesObject(_ d: Document, after k: Int) -> Bool {
        guard k < d.tokens.count, d.sentenceIndex(ofToken: k) == d.sentenceIndex(ofToken: k - 1) else { return true }
        if d.token(k, is: ".") || d.token(k, is: ";") { return true }
        guard d.token(k, is: ","), k + 1 < d.tokens.count else { return false }
        return ["and", "but", "while", "which", "when"].contains(d.string(token: k + 1).lowercased())
    }

    static let irregularParticiples: Set<String> = ["won", "built", "held", "begun", "made", "born", "set", "lost", "seen",
                                                     "taken", "given", "struck", "fought", "run", "written", "sold", "hit"]
}
