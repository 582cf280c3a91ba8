/// Statements of elapsed time that can be checked by arithmetic against years: "twelve
/// years after the landing", "a dozen years later", "a 15-year gap", "aged 38", "the
/// 38-year-old", and birth years ("born in 1987").
public struct ElapsedPhrase: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// "N years after/since X": the clause's year is X's year + N.
        case after
        /// "N years before X": the clause's year is X's year − N.
        case before
        /// "N years later": the year is N after the story's last stated year.
        case later
        /// "N years earlier".
        case earlier
        /// "a N-year gap", "a gap of N years": between two years of the sentence.
        case gap
        /// "aged N", "the N-year-old", "at the age of N".
        case age
        /// "born in 1987", "(born 1987)": `years` is the birth year.
        case born
    }

    public var kind: Kind
    public var years: Int
    /// The phrase, "twelve years after" or "a 15-year gap".
    public var tokens: Range<Int>
}

struct ElapsedTimeFinder: Sendable {
    let numbers: IDTable<Int>
    let units: IDTable<Int> // years per unit
    let after, since, before, later, earlier, a, an, dozen, half, aged, age, old, of, at, the, born, year, inWord: Int32
    let gaps: IDSet
    /// Words a phrase can start with: every other word is skipped with one bit test.
    let starters: IDSet

    init(lexicon: inout Lexicon) {
        var n = IDTable<Int>()
        let small = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        for (i, w) in small.enumerated() { n[lexicon.intern(w)] = i + 1 }
        for (i, w) in ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() { n[lexicon.intern(w)] = 30 + 10 * i }
        numbers = n
        var u = IDTable<Int>()
        for (w, y) in [("year", 1), ("years", 1), ("decade", 10), ("decades", 10), ("century", 100), ("centuries", 100)] { u[lexicon.intern(w)] = y }
        units = u
        after = lexicon.intern("after"); since = lexicon.intern("since"); before = lexicon.intern("before")
        later = lexicon.intern("later"); earlier = lexicon.intern("earlier"); a = lexicon.intern("a"); an = lexicon.intern("an")
        dozen = lexicon.intern("dozen"); half = lexicon.intern("half"); aged = lexicon.intern("aged"); age = lexicon.intern("age")
        old = lexicon.intern("old"); of = lexicon.intern("of"); at = lexicon.intern("at"); the = lexicon.intern("the")
        born = lexicon.intern("born"); year = lexicon.intern("year"); inWord = lexicon.intern("in")
        gaps = IDSet(["gap", "hiatus", "absence", "break", "interval", "wait", "interlude"].map { lexicon.intern($0) })
        starters = IDSet(small.map { lexicon.id(of: $0) } + ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map { lexicon.id(of: $0) }
                         + [a, an, dozen, half, aged, age, born])
    }

    /// A count at token `i`: "12", "twelve", "twenty-five", "a dozen", "a", "half a": value and end.
    func count(_ d: Document, at i: Int) -> (value: Int, end: Int)? {
        let tokens = d.tokens, n = tokens.count
        guard i < n else { return nil }
        let w = tokens[i].word
        if let v = d.integer(token: i, digits: 1...3) { return (v, i + 1) }
        if let tens = numbers[w] {
            // "twenty-five"
            if tens >= 20, i + 2 < n, tokens[i + 1].isJoined, d.token(i + 1, is: "-"), tokens[i + 2].isJoined,
               let ones = numbers[tokens[i + 2].word], ones < 10 { return (tens + ones, i + 3) }
            return (tens, i + 1)
        }
        if w == a || w == an {
            if i + 1 < n, tokens[i + 1].word == dozen { return (12, i + 2) }
            return (1, i + 1)
        }
        if w == dozen { return (12, i + 1) }
        if w == half, i + 1 < n, tokens[i + 1].word == a { return (1, i + 2) } // "half a century": halved by the caller
        return nil
    }

    func phrases(in d: Document) -> [ElapsedPhrase] {
        let tokens = d.tokens, n = tokens.count
        var found: [ElapsedPhrase] = []
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.kind == .number || (t.kind == .word && starters.contains(t.word)) else { i += 1; continue }
            // "a" and "an" start a phrase only as "a dozen", "a decade", "a year".
            if t.word == a || t.word == an, !(i + 1 < n && (tokens[i + 1].word == dozen || units.contains(tokens[i + 1].word))) { i += 1; continue }
            if t.word == born, let (y, end) = birthYear(d, after: i + 1) {
                found.append(ElapsedPhrase(kind: .born, years: y, tokens: i..<end))
                i = end
                continue
            }
            if t.word == aged, let (v, end) = count(d, at: i + 1), end == i + 2 {
                found.append(ElapsedPhrase(kind: .age, years: v, tokens: i..<end))
                i = end
                continue
            }
            // "at the age of 38"
            if t.word == age, i + 2 < n, tokens[i + 1].word == of, let (v, end) = count(d, at: i + 2), end == i + 3, tokens[i + 2].kind == .number {
                found.append(ElapsedPhrase(kind: .age, years: v, tokens: i..<end))
                i = end
                continue
            }
            guard let (value, end) = count(d, at: i) else { i += 1; continue }
            let halved = t.word == half
            // "38-year-old", "15-year gap"
            if end + 1 < n, tokens[end].isJoined, d.token(end, is: "-"), tokens[end + 1].isJoined, tokens[end + 1].word == year {
                if end + 3 < n, tokens[end + 2].isJoined, d.token(end + 2, is: "-"), tokens[end + 3].word == old {
                    found.append(ElapsedPhrase(kind: .age, years: value, tokens: i..<(end + 4)))
                    i = end + 4
                    continue
                }
                if end + 2 < n, gaps.contains(tokens[end + 2].word) {
                    let start = i > 0 && (tokens[i - 1].word == a || tokens[i - 1].word == an) ? i - 1 : i // "a 15-year gap"
                    found.append(ElapsedPhrase(kind: .gap, years: value, tokens: start..<(end + 3)))
                    i = end + 3
                    continue
                }
            }
            // "twelve years after", "a decade later", "half a century before"
            if end < n, let unit = units[tokens[end].word], end + 1 < n {
                let years = halved ? unit / 2 : value * unit
                let w = tokens[end + 1].word
                let kind: ElapsedPhrase.Kind? = w == after || w == since ? .after : w == before ? .before
                    : w == later ? .later : w == earlier ? .earlier : nil
                if let kind, years > 0 {
                    found.append(ElapsedPhrase(kind: kind, years: years, tokens: i..<(end + 2)))
                    i = end + 2
                    continue
                }
            }
            i = end
        }
        return found
    }

    /// "born in 1987", "born 1987".
    private func birthYear(_ d: Document, after i: Int) -> (Int, Int)? {
        var k = i
        if k < d.tokens.count, d.tokens[k].word == inWord { k += 1 }
        guard k < d.tokens.count, let y = d.integer(token: k, digits: 4...4), (1000...2100).contains(y) else { return nil }
        return (y, k + 1)
    }
}
