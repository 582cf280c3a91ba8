/// Readings that need context around a date: a weekday after its date, two-letter
/// weekdays, day-first dotted dates, the tense that picks a bare weekday, and the year of
/// the story for a year-less date.
extension DateExtractor {
    enum Tense { case past, future }

    /// The date at `k` with the weekday written at `i` before it ("Tuesday, Oct. 28", "Wed. (Oct. 29)").
    func dated(_ d: Document, weekday wd: Int, at i: Int, dateAt k: Int, reference: Int?) -> TimeExpression? {
        let tokens = d.tokens
        guard k < tokens.count, var date = expression(d, at: k, reference: reference), date.kind == .date else { return nil }
        var end = date.tokens.upperBound
        if d.token(k - 1, is: "("), end < tokens.count, d.token(end, is: ")") { end += 1 }
        date.dateBytes = date.bytes
        date.statedWeekday = wd
        date.tokens = i..<end
        date.bytes = d.byteRange(tokens: date.tokens)
        return date
    }

    /// "Mo, 7 October", "Th. 2 May": a two-letter weekday counts only with a separator and a date after it.
    func shortWeekday(_ d: Document, at i: Int, weekday wd: Int, reference: Int?) -> TimeExpression? {
        let tokens = d.tokens
        var k = i + 1
        if k < tokens.count, tokens[k].isJoined, d.token(k, is: ".") { k += 1 }
        if k < tokens.count, d.token(k, is: ",") { k += 1 }
        guard k > i + 1 else { return nil }
        return dated(d, weekday: wd, at: i, dateAt: k, reference: reference)
    }

    /// A weekday written after its date: "20 July 1969, a Sunday", "2021-07-02 (Friday)",
    /// "Oct. 28 (Tue)". Returns the weekday and the end of the expression.
    func trailingWeekday(_ d: Document, after end: Int) -> (weekday: Int, end: Int)? {
        let tokens = d.tokens, n = tokens.count
        var k = end
        guard k + 1 < n else { return nil }
        let paren = d.token(k, is: "(")
        if paren {
            k += 1
        } else if d.token(k, is: ",") || d.token(k, is: "—") || d.token(k, is: "–"), tokens[k + 1].word == v.a {
            k += 2
        } else {
            return nil
        }
        guard k < n, tokens[k].has(.capitalized),
              let wd = v.weekdays[tokens[k].word] ?? (paren ? v.shortWeekdays[tokens[k].word] : nil) else { return nil }
        var stop = k + 1
        if stop < n, tokens[stop].isJoined, d.token(stop, is: ".") { stop += 1 }
        if paren {
            guard stop < n, d.token(stop, is: ")") else { return nil }
            stop += 1
        }
        return (wd, stop)
    }

    /// "23.10.2025": a dotted date is day-first (the European order translated copy keeps).
    func dotted(_ d: Document, _ i: Int) -> (day: Int, month: Int, year: Int)? {
        let t = d.tokens[i]
        guard t.kind == .number, (8...10).contains(t.length) else { return nil }
        var parts: [Int] = [0], digits: [Int] = [0]
        for k in t.range {
            let b = d.bytes[k]
            if b == 0x2E { parts.append(0); digits.append(0); continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            parts[parts.count - 1] = parts[parts.count - 1] * 10 + Int(b - 0x30)
            digits[digits.count - 1] += 1
        }
        guard parts.count == 3, digits[0] <= 2, digits[1] <= 2, digits[2] == 4,
              (1...31).contains(parts[0]), (1...12).contains(parts[1]), (1000...2100).contains(parts[2]) else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// The order the document's own unambiguous dates show: true for day-first
    /// ("28/10/2025", "23.10.2025"), false for month-first ("10/28/2025"), nil when it
    /// shows none or both.
    func slashOrder(in d: Document) -> Bool? {
        let tokens = d.tokens, n = tokens.count
        var dayFirst = false, monthFirst = false
        for i in tokens.indices where tokens[i].kind == .number {
            if dotted(d, i) != nil { dayFirst = true; continue }
            guard i + 2 < n, tokens[i + 1].isJoined, d.token(i + 1, is: "/"), tokens[i + 2].isJoined,
                  let first = smallInt(d, i), let second = smallInt(d, i + 2), i + 3 < n, d.token(i + 3, is: "/") else { continue }
            if first > 12 && second <= 12 { dayFirst = true }
            if second > 12 && first <= 12 { monthFirst = true }
        }
        return dayFirst == monthFirst ? nil : dayFirst
    }

    /// The tense of the clause around token `i`: the nearest tense word before it (a dozen
    /// words back), else a regular past before it, else the nearest tense word after it. "Scheduled", "expected" and "due" mark a future.
    func tense(_ d: Document, around i: Int) -> Tense? {
        let sentence = d.sentences[d.sentenceIndex(ofToken: i)].tokens
        // A regular "-ed" form is weak evidence: "will be published" is a future.
        var weak: Tense? = nil
        var k = i - 1
        while k >= max(sentence.lowerBound, i - 12) {
            if let t = tenseWord(d, k) { return t }
            if weak == nil, regularPast(d, k) { weak = .past }
            k -= 1
        }
        // The weekday's own verb before it outweighs a tense word after it, which is often
        // in the next clause ("who toured the city on Thursday, promised that … will").
        if let weak { return weak }
        // Seven words on, not counting a name's capitalized words: "At Monday's briefing,
        // Chief Inspector Ann Ross said" reaches "said".
        k = i + 1
        var words = 0
        while k < sentence.upperBound, words < 7 {
            if let t = tenseWord(d, k) { return t }
            if weak == nil, regularPast(d, k) { weak = .past }
            if !d.tokens[k].has(.capitalized) { words += 1 }
            k += 1
        }
        return weak
    }

    private func tenseWord(_ d: Document, _ k: Int) -> Tense? {
        let t = d.tokens[k]
        guard t.kind == .word else { return nil }
        if v.future.contains(t.word) { return .future }
        if v.past.contains(t.word) { return .past }
        return nil
    }

    /// "published", "announced" (lowercase: not a name).
    func regularPast(_ d: Document, _ k: Int) -> Bool {
        let t = d.tokens[k]
        return t.kind == .word && t.length >= 5 && !t.has(.capitalized) && d.bytes[Int(t.end) - 2] == 0x65 && d.bytes[Int(t.end) - 1] == 0x64
    }

    /// A year-less date takes the year of the story around it when the text gives one: a
    /// full date or a month with its year in its own or one of the two sentences before (in
    /// its paragraph),
    /// or "in 1969" earlier in its own sentence. Otherwise it keeps the article's year. A
    /// date with its weekday keeps the article's year when the weekday falls in it.
    func dateFromStory(_ d: Document, _ found: inout [TimeExpression], reference: Int?) {
        let articleYear = reference.map { CivilDate.civil($0).year }
        for index in found.indices {
            guard found[index].yearInferred, found[index].impossible == nil, let (month, day) = found[index].monthDay else { continue }
            let sentence = d.sentenceIndex(ofToken: found[index].tokens.lowerBound)
            var year: Int? = nil
            var k = index - 1
            while k >= 0, year == nil {
                let c = found[k]
                let s = d.sentenceIndex(ofToken: c.tokens.lowerBound)
                if s < sentence - 2 || d.sentences[s].paragraph != d.sentences[sentence].paragraph { break }
                if !c.yearInferred, let years = c.years, years.count == 1 {
                    if c.kind == .date || c.kind == .month {
                        year = years.lowerBound
                    } else if c.kind == .year, s == sentence, c.tokens.lowerBound > 0, d.tokens[c.tokens.lowerBound - 1].word == v.inWord {
                        year = years.lowerBound
                    }
                }
                k -= 1
            }
            guard let year, year != articleYear, CivilDate.isValid(year, month, day) else { continue }
            // "Monday, March 16" is dated by its weekday: when it falls in the article's year,
            // that year, whatever year another event of the sentence before was given.
            if let stated = found[index].statedWeekday, let articleYear, CivilDate.isValid(articleYear, month, day),
               CivilDate.weekday(CivilDate.days(articleYear, month, day)) == stated { continue }
            let days = CivilDate.days(year, month, day)
            found[index].interval = days...days
            found[index].yearFromContext = true
        }
    }
}
