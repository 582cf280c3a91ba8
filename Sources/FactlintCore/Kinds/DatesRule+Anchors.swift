/// Which event an anchor occurrence dates. An anchor inside "the 50th anniversary of the
/// landing" or "twelve years after the landing" names the event, but the clause's date is
/// about the anniversary or the later time: such an anchor is *governed*, and binds only a
/// date written inside or right after its own phrase ("the 1969 landing", "the landing in
/// 1969"). An anchor followed by a number ("Apollo" in "Apollo 13") names another thing.
struct DateAnchorWords: Sendable {
    let of, after, since, before: Int32
    let commemorations: IDSet
    let durations: IDSet
    let determiners: IDSet
    /// "the night of", "the morning of" before an event.
    let moments: IDSet

    init(lexicon: inout Lexicon) {
        of = lexicon.intern("of"); after = lexicon.intern("after"); since = lexicon.intern("since"); before = lexicon.intern("before")
        commemorations = IDSet(["anniversary", "anniversaries", "birthday", "centenary", "centennial", "bicentenary",
                                "bicentennial", "jubilee", "commemoration"].map { lexicon.intern($0) })
        durations = IDSet(["year", "years", "decade", "decades", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
                           "century", "centuries"].map { lexicon.intern($0) })
        determiners = IDSet(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"].map { lexicon.intern($0) })
        moments = IDSet(["night", "day", "morning", "evening", "afternoon", "eve"].map { lexicon.intern($0) })
    }

    enum Governor { case commemoration, interval }

    /// The governing phrase before an anchor, and where it starts: "anniversary of (the)",
    /// "years after (the)".
    func governor(_ d: Document, before anchor: Int) -> (kind: Governor, start: Int)? {
        let tokens = d.tokens
        var k = anchor - 1
        while k >= 0, tokens[k].kind == .number || determiners.contains(tokens[k].word) || d.token(k, is: "’") || d.token(k, is: "'") { k -= 1 }
        guard k >= 1 else { return nil }
        let w = tokens[k].word
        if w == of, commemorations.contains(tokens[k - 1].word) { return (.commemoration, k - 1) }
        if w == after || w == since || w == before, durations.contains(tokens[k - 1].word) { return (.interval, k - 1) }
        // "her first statement since the accident", "since the night of the accident": the
        // clause's time is measured from the event, not the event's own.
        if w == since { return (.interval, k) }
        if w == of, k >= 2, moments.contains(tokens[k - 1].word) {
            var j = k - 2
            while j >= 0, determiners.contains(tokens[j].word) { j -= 1 }
            if j >= 0, tokens[j].word == since { return (.interval, j) }
        }
        // "two days after a magnitude 6.9 earthquake": a few lowercase modifiers may stand
        // between the interval and its anchor.
        var j = k, modifiers = 0
        while j >= 2, modifiers < 3, tokens[j].kind == .number || determiners.contains(tokens[j].word)
                || (tokens[j].kind == .word && !tokens[j].has(.capitalized)) {
            if tokens[j].word == after || tokens[j].word == since || tokens[j].word == before {
                return durations.contains(tokens[j - 1].word) ? (.interval, j - 1) : nil
            }
            if tokens[j].kind == .word && !determiners.contains(tokens[j].word) { modifiers += 1 }
            j -= 1
        }
        return nil
    }

    /// "the 50th anniversary of Apollo 13" matched by an anchor "anniversary": the
    /// commemoration names its object, and when no anchor of the same fact is there it is
    /// the anniversary of something else.
    func commemoratesAnother(_ d: Document, _ hit: Anchors.Hit, among hits: [Anchors.Hit]) -> Bool {
        let tokens = d.tokens
        let k = hit.tokens.upperBound
        guard commemorations.contains(tokens[k - 1].word), k + 1 < tokens.count, tokens[k].word == of else { return false }
        var j = k + 1
        while j < tokens.count, determiners.contains(tokens[j].word) { j += 1 }
        guard j < tokens.count, tokens[j].has(.capitalized) || tokens[j].kind == .number else { return false }
        return !hits.contains { other in
            other.tokens.lowerBound > k && other.tokens.lowerBound <= j && other.facts.contains { hit.facts.contains($0) }
        }
    }

    /// "Apollo 13" for the anchor "Apollo": a number right after a capitalized anchor.
    func namesAnotherThing(_ d: Document, _ anchor: Range<Int>) -> Bool {
        let tokens = d.tokens
        let next = anchor.upperBound
        guard next < tokens.count, tokens[anchor.upperBound - 1].has(.capitalized), tokens[next].kind == .number,
              tokens[next].has(.spaceBefore), !tokens[next].has(.lineBefore) else { return false }
        return d.integer(token: next, digits: 1...3) != nil
    }

    /// "Grounded ferry to be refloated today", "the collapsed mine": a one-word participle
    /// anchor before a noun describes the thing's state; the clause's date is not the event's.
    func isAttributive(_ d: Document, _ anchor: Range<Int>) -> Bool {
        let tokens = d.tokens
        let k = anchor.lowerBound, next = anchor.upperBound
        guard anchor.count == 1, next < tokens.count, tokens[k].kind == .word, tokens[k].length > 4,
              d.bytes[Int(tokens[k].end) - 2] == 0x65, d.bytes[Int(tokens[k].end) - 1] == 0x64, // "-ed"
              tokens[next].kind == .word, !tokens[next].has(.capitalized), tokens[next].has(.spaceBefore),
              !FunctionWords.contains(d.bytes, tokens[next].range) else { return false }
        // Opening its line or sentence, or after a determiner or a colon: not a verb after a subject.
        return k == 0 || tokens[k].has(.lineBefore) || determiners.contains(tokens[k - 1].word)
            || d.token(k - 1, is: ":") || d.token(k - 1, is: ".")
    }
}
