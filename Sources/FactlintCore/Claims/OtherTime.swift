/// Figures that speak of another, earlier event: an anchor whose noun phrase carries its
/// own year ("the magnitude 8.8 earthquake of February 2010", "the 2010 quake", "a quake
/// in 1985") names that event, and so does a ", when" clause after a dated time ("since
/// March 1985, when an 8.0 quake hit"). Such a figure binds to a fact only when that year
/// is the fact's own: one its name states ("Brenholt's 2025 revenue"), or not before the
/// year of the article's dateline. A fact sheet otherwise describes the story's own event.
struct OtherTimeReader: Sendable {
    let of, in_, when: Int32
    let dates: DateExtractor

    init(lexicon: inout Lexicon) {
        dates = DateExtractor(dayFirst: false, lexicon: &lexicon)
        of = lexicon.intern("of")
        in_ = lexicon.intern("in")
        when = lexicon.intern("when")
    }

    /// How far a noun phrase reaches around its anchor for a year (words and numbers).
    static let phraseWords = 4

    /// The year of the article's own date (its dateline or byline, as `ArticleDate` reads it).
    func articleYear(_ d: Document) -> Int? {
        ArticleDate.detect(d, extractor: dates, fallback: nil).map { CivilDate.civil($0).year }
    }

    /// Whether a phrase's `year` is another time than a fact's: not a year the fact names
    /// ("Brenholt's 2025 revenue"), and before the article's year (any year, when the
    /// article states none).
    static func isOther(_ year: Int, factYears: [Int], articleYear: Int?) -> Bool {
        !factYears.contains(year) && articleYear.map { year < $0 } ?? true
    }

    /// The years a fact's name states: "the 2019 recall" → [2019].
    static func years(in name: String) -> [Int] {
        name.split(whereSeparator: { !$0.isNumber }).compactMap { part in
            part.count == 4 ? Int(part).flatMap { (1000...2199).contains($0) ? $0 : nil } : nil
        }
    }

    /// A number token of four digits that writes a year: "2010", also at the end of "27.02.2010".
    static func year(_ d: Document, _ k: Int) -> Int? {
        let t = d.tokens[k]
        guard t.kind == .number, t.length >= 4 else { return nil }
        // A dotted or dashed date read as one number ends in its year ("27.02.2010").
        if t.length > 4, !(t.length == 10 && [0x2E, 0x2F, 0x2D].contains(d.bytes[Int(t.end) - 5])) { return nil }
        // "2,010" and "20.10" are not years: the four bytes must all be digits.
        var value = 0
        for b in d.bytes[(Int(t.end) - 4)..<Int(t.end)] {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        // A year is not glued to a following digit group or unit ("2010.5", "2010kg").
        if k + 1 < d.tokens.count, d.tokens[k + 1].isJoined, d.tokens[k + 1].kind != .punct { return nil }
        return (1000...2199).contains(value) ? value : nil
    }

    /// The year written right after a figure: "SEK 5.1 billion in 2029", "in fiscal 2029".
    /// A fact whose name states its year takes no figure that says it is of another.
    func figureYear(_ figure: Range<Int>, in sentence: Range<Int>, _ d: Document) -> Int? {
        var k = figure.upperBound
        guard k < sentence.upperBound, d.tokens[k].word == in_ else { return nil }
        k += 1
        if k < sentence.upperBound, Self.year(d, k) == nil, d.tokens[k].kind == .word, !d.tokens[k].has(.capitalized) { k += 1 }
        return k < sentence.upperBound ? Self.year(d, k) : nil
    }

    /// The year the anchor's own noun phrase carries, if any. Tokens of the figure being
    /// bound are never its year ("the 1500 homes destroyed").
    func anchorYear(_ anchor: Range<Int>, figure: Range<Int>, in sentence: Range<Int>, _ d: Document) -> Int? {
        let t = d.tokens
        func earlier(_ k: Int) -> Int? { figure.contains(k) ? nil : Self.year(d, k) }
        // After it: "of"/"in" and a time with its year ("of February 2010", "in 1985").
        var k = anchor.upperBound
        if k < sentence.upperBound, t[k].word == of || t[k].word == in_ {
            var words = 0
            k += 1
            while k < sentence.upperBound, words < Self.phraseWords, !isPause(d, k) {
                if let y = earlier(k) { return y }
                if t[k].kind != .punct { words += 1 }
                k += 1
            }
        }
        // Before it, in its noun phrase: "the 2010 quake", "the 1985 magnitude 8.0 quake".
        k = anchor.lowerBound - 1
        var words = 0
        while k >= sentence.lowerBound, words < Self.phraseWords, !isPause(d, k) {
            if let y = earlier(k) { return y }
            if t[k].kind != .punct { words += 1 }
            k -= 1
        }
        return nil
    }

    /// The year of the time a ", when" clause around the figure at `start` hangs on
    /// ("since February 2010, when a magnitude 8.8 earthquake killed …").
    func whenClauseYear(_ start: Int, in sentence: Range<Int>, _ d: Document) -> Int? {
        let t = d.tokens
        var k = start - 1
        while k > sentence.lowerBound, start - k <= Self.clauseWords {
            if isPause(d, k) {
                guard d.token(k, is: ","), t[k + 1].word == when else { return nil }
                var j = k - 1, words = 0
                while j >= sentence.lowerBound, words < Self.phraseWords, !isPause(d, j) {
                    if let y = Self.year(d, j) { return y }
                    if t[j].kind != .punct { words += 1 }
                    j -= 1
                }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// How far back a figure looks for its clause's ", when" (tokens).
    static let clauseWords = 20

    /// Punctuation that ends a noun phrase or opens a clause.
    private func isPause(_ d: Document, _ k: Int) -> Bool {
        d.tokens[k].kind == .punct && (d.token(k, is: ",") || d.token(k, is: ";") || d.token(k, is: ":") || d.token(k, is: "(")
            || d.token(k, is: ")") || d.token(k, is: "—") || d.token(k, is: "–"))
    }
}
