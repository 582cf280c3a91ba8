/// Finds time expressions: full dates in the forms news uses, years, decades, spans,
/// weekdays and relative expressions, each resolved to an interval of days when it can be.
///
/// Contract: expressions come back in text order without overlap. Numbers that are
/// figures ("$1.6 billion", "250 cherry trees", "1.37 million"), model names ("F-150")
/// and "No. 3" are not years. Year-less dates, weekdays and relative expressions resolve
/// against `reference` (the article's date) and stay unresolved without one.
public struct DateExtractor: Sendable {
    let v: DateVocabulary
    /// How to read 01/02/2025 (a first number above 12 is always a day).
    public let dayFirst: Bool

    public init(dayFirst: Bool, lexicon: inout Lexicon) {
        self.dayFirst = dayFirst
        v = DateVocabulary(lexicon: &lexicon)
    }

    init(dayFirst: Bool, vocabulary: DateVocabulary) {
        self.dayFirst = dayFirst
        v = vocabulary
    }

    public func expressions(in d: Document, reference: Int?, limit: Int? = nil) -> [TimeExpression] {
        let found = read(d, reference: reference, limit: limit)
        // Translated copy keeps its own order: "28/10/2025" or "23.10.2025" in a document
        // makes its "05/06/2025" day-first, "10/28/2025" month-first, whatever the rule says.
        // Asked only when an ambiguous slashed date was read (rare), then read again.
        if found.contains(where: \.ambiguousSlash), let order = slashOrder(in: d), order != dayFirst {
            return DateExtractor(dayFirst: order, vocabulary: v).read(d, reference: reference, limit: limit)
        }
        return found
    }

    private func read(_ d: Document, reference: Int?, limit: Int?) -> [TimeExpression] {
        var found: [TimeExpression] = []
        var i = 0
        let end = min(d.tokens.count, limit ?? d.tokens.count)
        let tokens = d.tokens
        while i < end {
            // Most tokens cannot start a date: skip them before building an optional expression.
            let t = tokens[i]
            if t.kind == .punct || (t.kind == .word && !v.wordStarters.contains(t.word)) { i += 1; continue }
            if var e = expression(d, at: i, reference: reference) {
                if e.kind == .date, e.statedWeekday == nil, let (wd, end) = trailingWeekday(d, after: e.tokens.upperBound) {
                    e.dateBytes = e.bytes
                    e.statedWeekday = wd
                    e.tokens = e.tokens.lowerBound..<end
                    e.bytes = d.byteRange(tokens: e.tokens)
                }
                found.append(e)
                i = e.tokens.upperBound
            } else {
                i += 1
            }
        }
        dateFromStory(d, &found, reference: reference)
        return found
    }

    func make(_ d: Document, _ kind: TimeExpression.Kind, _ range: Range<Int>, _ interval: ClosedRange<Int>?) -> TimeExpression {
        TimeExpression(kind: kind, tokens: range, bytes: d.byteRange(tokens: range), interval: interval)
    }

    /// "Sun-Synchronous", "Sat-Nav": a word joined to a hyphen and a word is part of a compound.
    static func opensCompound(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens
        return i + 2 < t.count && t[i + 1].isJoined && d.token(i + 1, is: "-") && t[i + 2].isJoined && t[i + 2].kind == .word
    }

    func expression(_ d: Document, at i: Int, reference: Int?) -> TimeExpression? {
        let t = d.tokens[i]
        switch t.kind {
        case .word:
            if let wd = v.weekdays[t.word], t.has(.capitalized), !Self.opensCompound(d, i) {
                return weekday(d, at: i, weekday: wd, modifier: nil, reference: reference)
            }
            if let wd = v.shortWeekdays[t.word], t.has(.capitalized), !t.has(.allCaps) { return shortWeekday(d, at: i, weekday: wd, reference: reference) }
            if v.months[t.word] != nil, t.has(.capitalized), let e = monthFirst(d, at: i, reference: reference) { return e }
            return v.relativeStarters.contains(t.word) ? relative(d, at: i, reference: reference) : nil
        case .number:
            return numeric(d, at: i, reference: reference) ?? relative(d, at: i, reference: reference)
        case .punct:
            return nil
        }
    }

    // MARK: Weekdays

    func weekday(_ d: Document, at i: Int, weekday wd: Int, modifier: Int32?, reference: Int?) -> TimeExpression? {
        let tokens = d.tokens
        var j = i + 1
        if j < tokens.count, tokens[i].length <= 5, tokens[j].isJoined, d.token(j, is: ".") { j += 1 }     // "Tue."
        var k = j
        if k < tokens.count, d.token(k, is: ",") || d.token(k, is: "(") { k += 1 }
        if let date = dated(d, weekday: wd, at: i, dateAt: k, reference: reference) { return date }
        let start = modifier == nil ? i : i - 1
        var e = make(d, .weekday, start..<j, nil)
        e.statedWeekday = wd
        if let reference, modifier != nil || !indefinite(d, before: i) {
            let delta = ((wd - CivilDate.weekday(reference)) % 7 + 7) % 7 // 0...6 days ahead
            let day: Int
            switch modifier {
            case v.last?: day = reference + (delta == 0 ? -7 : delta - 7)
            case v.next?: day = reference + (delta == 0 ? 7 : delta)
            default:
                switch tense(d, around: i) {
                case .past: day = reference + (delta == 0 ? 0 : delta - 7)   // the last one, today included
                case .future: day = reference + delta                       // the next one, today included
                case nil: day = reference + (delta > 3 ? delta - 7 : delta) // nearest: three days either side
                }
            }
            e.interval = day...day
        }
        return e
    }

    /// "a (hot) Saturday", "every Tuesday": no particular day. Up to two lowercase words may
    /// stand between the article and the weekday.
    func indefinite(_ d: Document, before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 3, d.tokens[k].kind == .word {
            let w = d.tokens[k].word
            if v.indefinites.contains(w) { return true }
            if d.tokens[k].has(.capitalized) { return false }
            k -= 1
        }
        return false
    }

    // MARK: Month names

    /// "October 28, 2025", "Oct. 28", "Oct 28 2025", "October 2025", "in July".
    func monthFirst(_ d: Document, at i: Int, reference: Int?) -> TimeExpression? {
        let tokens = d.tokens
        guard let month = v.months[tokens[i].word] else { return nil }
        if d.string(token: i) == "May", i + 1 < tokens.count, tokens[i + 1].kind == .word { return nil } // "May I"
        var j = i + 1
        if j < tokens.count, tokens[j].isJoined, d.token(j, is: ".") { j += 1 }
        if j < tokens.count, tokens[j].kind == .number, let day = smallInt(d, j), (1...31).contains(day),
           !(j + 1 < tokens.count && tokens[j + 1].isJoined && tokens[j + 1].kind == .word && !v.months.contains(tokens[j + 1].word) && d.string(token: j + 1).count > 2) {
            var end = j + 1
            if end < tokens.count, tokens[end].isJoined, ["st", "nd", "rd", "th"].contains(d.string(token: end)) { end += 1 }
            var k = end
            if k < tokens.count, d.token(k, is: ",") { k += 1 }
            if k < tokens.count, let year = year(d, k) { return full(d, i..<(k + 1), year, month, day) }
            return yearless(d, i..<end, month, day, reference)
        }
        if j < tokens.count, let year = year(d, j) {
            return make(d, .month, i..<(j + 1), DatesRule.months(year, month, count: 1))
        }
        // "in May" is left alone: the month and the modal verb look the same.
        if i > 0, tokens[i - 1].word == v.inWord, month != 5 { return yearlessMonth(d, at: i, month, reference) }
        return nil
    }

    /// "in June": the article's June, or the one before it in a past clause written after
    /// June, the one after it in a future clause written before June.
    func yearlessMonth(_ d: Document, at i: Int, _ month: Int, _ reference: Int?) -> TimeExpression? {
        var e = make(d, .month, i..<(i + 1), nil)
        e.yearInferred = true
        guard let reference else { return e }
        let now = CivilDate.civil(reference)
        var year = now.year
        switch tense(d, around: i) {
        case .past?: if month > now.month { year -= 1 }
        case .future?: if month < now.month { year += 1 }
        case nil: break
        }
        e.interval = DatesRule.months(year, month, count: 1)
        return e
    }

    /// A date with its year; an impossible one ("February 30, 2025") keeps its span, flagged.
    func full(_ d: Document, _ range: Range<Int>, _ year: Int, _ month: Int, _ day: Int) -> TimeExpression? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        guard CivilDate.isValid(year, month, day) else {
            var e = make(d, .date, range, nil)
            e.impossible = (year, month, day)
            return e
        }
        let days = CivilDate.days(year, month, day)
        return make(d, .date, range, days...days)
    }

    func yearless(_ d: Document, _ range: Range<Int>, _ month: Int, _ day: Int, _ reference: Int?) -> TimeExpression? {
        var e = make(d, .date, range, nil)
        e.yearInferred = true
        e.monthDay = (month, day)
        // "September 31" is no date in any year (February 29 is one in leap years).
        guard CivilDate.isValid(2000, month, day) else {
            e.impossible = (0, month, day)
            return e
        }
        if let reference {
            let year = CivilDate.civil(reference).year
            guard CivilDate.isValid(year, month, day) else { return nil }
            let days = CivilDate.days(year, month, day)
            e.interval = days...days
        }
        return e
    }
}
