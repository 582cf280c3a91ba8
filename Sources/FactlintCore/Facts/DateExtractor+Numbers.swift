/// Dates that start with a number (years, decades, spans, ISO and slashed dates,
/// "28 October 2025") and relative expressions ("last week", "two weeks ago").
extension DateExtractor {
    func smallInt(_ d: Document, _ i: Int) -> Int? {
        d.integer(token: i, digits: 1...2)
    }

    /// A year: four digits, 1000–2100, and not a figure, a model name or "No. 1999".
    func year(_ d: Document, _ i: Int) -> Int? {
        let tokens = d.tokens
        guard i < tokens.count, let y = d.integer(token: i, digits: 4...4), (1000...2100).contains(y) else { return nil }
        if i >= 1, tokens[i].isJoined, tokens[i - 1].kind == .word || d.token(i - 1, is: "$") || d.token(i - 1, is: "€")
            || d.token(i - 1, is: "£") || d.token(i - 1, is: "¥") { return nil }
        if i >= 2, tokens[i].isJoined, d.token(i - 1, is: "-"), tokens[i - 2].kind == .word, tokens[i - 1].isJoined { return nil } // F-1500
        if i >= 2, d.token(i - 1, is: "."), d.string(token: i - 2).lowercased() == "no" { return nil }
        return y
    }

    func numeric(_ d: Document, at i: Int, reference: Int?) -> TimeExpression? {
        let tokens = d.tokens
        let n = tokens.count
        func joined(_ k: Int, _ mark: StaticString) -> Bool { k < n && tokens[k].isJoined && d.token(k, is: mark) }
        if let (day, month, y) = dotted(d, i) { return full(d, i..<(i + 1), y, month, day) }
        if let y = year(d, i) {
            // 2025-10-28
            if joined(i + 1, "-"), i + 4 < n, tokens[i + 2].isJoined, joined(i + 3, "-"), tokens[i + 4].isJoined,
               let m = smallInt(d, i + 2), let day = smallInt(d, i + 4) {
                return full(d, i..<(i + 5), y, m, day)
            }
            // 1970s
            if i + 1 < n, tokens[i + 1].isJoined, tokens[i + 1].word == v.s, y % 10 == 0 {
                return make(d, .decade, i..<(i + 2), CivilDate.days(y, 1, 1)...CivilDate.days(y + 9, 12, 31))
            }
            // 1977–1983, 1977-83, 1977 to 1983, between 1977 and 1983
            let fromBetween = i >= 1 && (tokens[i - 1].word == v.between || tokens[i - 1].word == v.from)
            if i + 2 < n, d.token(i + 1, is: "–") || d.token(i + 1, is: "-") || tokens[i + 1].word == v.to
                || (fromBetween && tokens[i + 1].word == v.and) {
                var end: Int? = year(d, i + 2)
                if end == nil, let short = smallInt(d, i + 2), tokens[i + 2].length == 2, tokens[i + 1].isJoined {
                    end = y / 100 * 100 + short
                }
                if let end, end > y {
                    let worded = tokens[i + 1].word == v.to || tokens[i + 1].word == v.and
                    let start = fromBetween && worded ? i - 1 : i
                    return make(d, .span, start..<(i + 3), CivilDate.days(y, 1, 1)...CivilDate.days(end, 12, 31))
                }
            }
            return make(d, .year, i..<(i + 1), CivilDate.yearInterval(y))
        }
        guard let first = smallInt(d, i) else { return nil }
        // 28/10/2025 or 10/28/2025
        if joined(i + 1, "/"), i + 4 < n, tokens[i + 2].isJoined, let second = smallInt(d, i + 2), joined(i + 3, "/"),
           tokens[i + 4].isJoined, let y = year(d, i + 4) ?? yearAfterSlash(d, i + 4) {
            let dayFirst = first > 12 || (second <= 12 && self.dayFirst)
            var e = full(d, i..<(i + 5), y, dayFirst ? second : first, dayFirst ? first : second)
            e?.ambiguousSlash = first <= 12 && second <= 12
            return e
        }
        // 28 October 2025, 28 Oct
        // "27th May 2025": the ordinal suffix is written joined to the day.
        let m = i + 1 < n && tokens[i + 1].isJoined && tokens[i + 1].kind == .word && v.ordinalSuffixes.contains(tokens[i + 1].word) ? i + 2 : i + 1
        if (1...31).contains(first), m < n, let month = v.months[tokens[m].word], tokens[m].has(.capitalized) {
            var j = m + 1
            // "Oct.", not the full stop after "October" or "June"
            if tokens[m].length <= 4, joined(j, "."), !["may", "june", "july"].contains(d.string(token: m).lowercased()) { j += 1 }
            if let y = year(d, j) { return full(d, i..<(j + 1), y, month, first) }
            return yearless(d, i..<j, month, first, reference)
        }
        return nil
    }

    private func yearAfterSlash(_ d: Document, _ i: Int) -> Int? {
        d.integer(token: i, digits: 4...4)
    }

    func relative(_ d: Document, at i: Int, reference: Int?) -> TimeExpression? {
        let tokens = d.tokens
        let n = tokens.count
        let w = tokens[i].word
        func interval(_ build: (Int) -> ClosedRange<Int>) -> ClosedRange<Int>? { reference.map(build) }
        switch w {
        case v.yesterday, v.today, v.tomorrow:
            var offset = w == v.yesterday ? -1 : w == v.tomorrow ? 1 : 0
            var start = i
            // "the day before yesterday", "the day after tomorrow": read back from the anchor word.
            if offset != 0, i >= 2, v.units[tokens[i - 2].word] == "day", d.string(token: i - 2) == "day",
               tokens[i - 1].word == (offset < 0 ? v.before : v.after) {
                offset *= 2
                start = i >= 3 && tokens[i - 3].word == v.the ? i - 3 : i - 2
            }
            return make(d, .relative, start..<(i + 1), interval { ($0 + offset)...($0 + offset) })
        case v.last, v.next, v.this:
            guard i + 1 < n else { return nil }
            if let wd = v.weekdays[tokens[i + 1].word], tokens[i + 1].has(.capitalized) {
                return weekday(d, at: i + 1, weekday: wd, modifier: w, reference: reference)
            }
            // "the last day of the window" is no date: "yesterday" says yesterday.
            guard let unit = v.units[tokens[i + 1].word], unit != "day", d.string(token: i + 1).last != "s" else { return nil }
            let step = w == v.last ? -1 : w == v.next ? 1 : 0
            return make(d, .relative, i..<(i + 2), interval { Self.period(unit, containing: $0, offset: step) })
        case v.earlier, v.later:
            // "earlier this year", "later this month"
            guard i + 2 < n, tokens[i + 1].word == v.this, let unit = v.units[tokens[i + 2].word] else { return nil }
            return make(d, .relative, i..<(i + 3), interval { ref in
                let p = Self.period(unit, containing: ref, offset: 0)
                return w == v.earlier ? p.lowerBound...ref : ref...p.upperBound
            })
        default:
            // "two weeks ago", "a year ago"
            let count = tokens[i].kind == .number ? smallInt(d, i) : (w == v.a ? 1 : v.smallNumbers[w])
            guard let count, i + 2 < n, let unit = v.units[tokens[i + 1].word], tokens[i + 2].word == v.ago else { return nil }
            // "six years ago today": that day, six years back.
            if i + 3 < n, tokens[i + 3].word == v.today, unit == "year" || unit == "month" {
                return make(d, .relative, i..<(i + 4), interval { ref in
                    let c = CivilDate.civil(ref)
                    let months = c.year * 12 + (c.month - 1) - (unit == "year" ? 12 : 1) * count
                    let (y, m) = (months / 12, months % 12 + 1)
                    let day = CivilDate.isValid(y, m, c.day) ? CivilDate.days(y, m, c.day) : CivilDate.days(y, m, 1) + 27
                    return day...day
                })
            }
            // "a week ago yesterday", "three days ago today": one day, counted back from that day.
            if i + 3 < n, tokens[i + 3].word == v.today || tokens[i + 3].word == v.yesterday, unit == "day" || unit == "week" {
                let back = count * (unit == "week" ? 7 : 1) + (tokens[i + 3].word == v.yesterday ? 1 : 0)
                return make(d, .relative, i..<(i + 4), interval { ($0 - back)...($0 - back) })
            }
            return make(d, .relative, i..<(i + 3), interval { Self.period(unit, containing: $0, offset: -count) })
        }
    }

    /// The calendar day, week (Monday–Sunday), month or year containing `day`, moved by `offset` units.
    static func period(_ unit: String, containing day: Int, offset: Int) -> ClosedRange<Int> {
        let c = CivilDate.civil(day)
        switch unit {
        case "day": return (day + offset)...(day + offset)
        case "week":
            let monday = day - (CivilDate.weekday(day) + 6) % 7 + 7 * offset
            return monday...(monday + 6)
        case "month":
            let index = c.year * 12 + (c.month - 1) + offset
            let (y, m) = (index / 12, index % 12 + 1)
            let start = CivilDate.days(y, m, 1)
            let next = m == 12 ? CivilDate.days(y + 1, 1, 1) : CivilDate.days(y, m + 1, 1)
            return start...(next - 1)
        default:
            return CivilDate.yearInterval(c.year + offset)
        }
    }
}
