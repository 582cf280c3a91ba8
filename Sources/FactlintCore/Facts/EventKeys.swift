/// What event a date speaks of, with no rules: the content words of the date's own clause
/// near it ("the quake struck before dawn on Tuesday" → quake, struck; "yesterday's
/// earthquake" → earthquake), folded to a crude stem so "fined", "fine" and "fines" meet.
///
/// Articles about one story say the same event with some of the same words, so each word is
/// a key the articles vote on (see `EventDateVotes`). Only dates that name a day or a month
/// vote: a year is too coarse to tell two events of one story apart.
struct EventKeyReader: Sendable {
    /// How far a key may stand from its date, before and after it (in keys: punctuation,
    /// numbers and stop words do not count).
    static let before = 6, after = 4
    /// Words that never name an event: function words, reporting verbs, times of day and
    /// calendar words (generic English, not any story's vocabulary).
    let stopWords: IDSet
    let clauses: ClauseReader
    /// The words of "N hours after X": X's words date X, not a date beside the phrase.
    let governors: DateAnchorWords

    /// Words before a date that make it the edge of a span or a deadline, not the time of
    /// the clause's event: "by the end of March", "since Tuesday", "three days on from Saturday".
    let relations: IDSet
    /// Words skipped while looking for such a relation: "by the end of", "until early".
    let edges: IDSet

    init(lexicon: inout Lexicon) {
        stopWords = IDSet(Self.stopList.map { lexicon.intern($0) })
        clauses = ClauseReader(lexicon: &lexicon)
        governors = DateAnchorWords(lexicon: &lexicon)
        relations = IDSet(["by", "until", "till", "before", "after", "since", "from", "through", "to", "between",
                           "following", "ahead", "within"].map { lexicon.intern($0) })
        edges = IDSet(["the", "a", "end", "start", "beginning", "middle", "close", "of", "early", "late", "mid"].map { lexicon.intern($0) })
    }

    /// Whether the date at `start` is introduced by a relation word ("until Friday").
    func related(_ d: Document, _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, start - k <= 5, d.tokens[k].kind == .word {
            if relations.contains(d.tokens[k].word) { return true }
            if !edges.contains(d.tokens[k].word) { return false }
            k -= 1
        }
        return false
    }

    /// Whether ", and" or ", but" and a new noun phrase ("a", "the", a number) stand between
    /// two spans: what follows is most often a clause of its own whose verb the clause
    /// reader does not know ("…began arriving Monday, and a team from Germany lands today").
    func coordinated(_ d: Document, between a: Range<Int>, and b: Range<Int>) -> Bool {
        let (low, high) = a.upperBound <= b.lowerBound ? (a.upperBound, b.lowerBound) : (b.upperBound, a.lowerBound)
        guard high - low >= 3 else { return false }
        let t = d.tokens
        for k in (low + 1)..<(high - 1) where (t[k].word == clauses.and || t[k].word == clauses.but) && d.token(k - 1, is: ",") {
            if t[k + 1].kind == .number || clauses.determiners.contains(t[k + 1].word) { return true }
        }
        return false
    }

    /// The phrases "N hours after X" of a sentence, from the unit word to the end of X (the
    /// next comma, bracket or semicolon): X is the starting point of a later moment. A date
    /// beside such a phrase is that later moment's, not X's ("about 50 hours after the dam
    /// breached"); a date inside X is X's own ("two days after the quake of Tuesday 10 March").
    func intervalPhrases(_ d: Document, sentence: Range<Int>, inTime: Set<Int>) -> [(phrase: Range<Int>, object: Range<Int>)] {
        let t = d.tokens
        var found: [(phrase: Range<Int>, object: Range<Int>)] = []
        var k = sentence.lowerBound + 1
        while k < sentence.upperBound {
            let w = t[k].word
            guard w == governors.after || w == governors.since || w == governors.before,
                  governors.durations.contains(t[k - 1].word), !inTime.contains(k) else { k += 1; continue } // not "the day before yesterday"
            var end = k + 1
            while end < sentence.upperBound, !(t[end].kind == .punct && Self.phraseEnds.contains(d.string(token: end))) { end += 1 }
            found.append(((k - 1)..<end, (k + 1)..<end))
            k = end
        }
        return found
    }

    static let phraseEnds: Set<String> = [",", ";", ":", "(", ")", "—", "–", "."]

    /// Words joined by hyphens from `k`: "semi-final" is one word, not "semi" and "final".
    private func compound(_ d: Document, at k: Int) -> Range<Int> {
        let tokens = d.tokens
        var start = k, end = k + 1
        while start >= 2, tokens[start].isJoined, d.token(start - 1, is: "-"), tokens[start - 1].isJoined, tokens[start - 2].kind == .word { start -= 2 }
        while end + 1 < tokens.count, tokens[end].isJoined, d.token(end, is: "-"), tokens[end + 1].isJoined, tokens[end + 1].kind == .word { end += 2 }
        return start..<end
    }

    /// A date that can vote on an event, with its keys (stems, in text order, no repeats)
    /// and each key's word as written.
    struct Keyed {
        var expression: TimeExpression
        var keys: [String]
        var words: [String]
        /// The keys of X in "two days after X" beside the date: the article says the date is not X's.
        var measuredFrom: [String] = []
    }

    /// The dates of `expressions` that name one day or one calendar month, with their keys;
    /// `voting` says which expressions may vote at all (the caller's own conditions).
    /// `years`: bare years ("in 1992", "the 1992 fire") are keyed too, for `EventDateVotes.yearFindings`.
    func keyed(_ d: Document, _ expressions: [TimeExpression], years: Bool = false, voting: (TimeExpression) -> Bool) -> [Keyed] {
        // Tokens inside any time expression are never keys ("Tuesday", "March").
        var inTime = Set<Int>()
        for e in expressions { for k in e.tokens { inTime.insert(k) } }
        var found: [Keyed] = []
        var lastSentence = -1
        var sentenceClauses: SentenceClauses? = nil
        var sentenceUnits: [Unit] = []
        var sentenceIntervals: [(phrase: Range<Int>, object: Range<Int>)] = []
        for e in expressions {
            guard let interval = e.interval, interval.count == 1 || e.kind == .month || (years && e.kind == .year && !e.yearInferred),
                  e.impossible == nil, voting(e),
                  !related(d, e.tokens.lowerBound) else { continue }
            let s = d.sentenceIndex(ofToken: e.tokens.lowerBound)
            if s != lastSentence {
                sentenceClauses = clauses.clauses(d, sentence: d.sentences[s].tokens)
                sentenceUnits = units(d, sentence: d.sentences[s].tokens, inTime: inTime)
                sentenceIntervals = intervalPhrases(d, sentence: d.sentences[s].tokens, inTime: inTime)
                lastSentence = s
            }
            guard let sc = sentenceClauses else { continue }
            let clause = sc.clause(of: e.tokens.lowerBound)
            let inClause = sentenceUnits.filter { u in
                sc.clause(of: u.tokens.lowerBound) == clause && !coordinated(d, between: u.tokens, and: e.tokens)
            }
            // The words of "N hours after X" beside the date name X, the moment it is measured from.
            let startingPoint = inClause.filter { u in
                sentenceIntervals.contains { $0.phrase.contains(u.tokens.lowerBound) && !$0.object.contains(e.tokens.lowerBound) }
            }
            let mine = inClause.filter { u in !startingPoint.contains { $0.tokens == u.tokens } }
            let before = mine.filter { $0.tokens.upperBound <= e.tokens.lowerBound }.suffix(Self.before)
            let after = mine.filter { $0.tokens.lowerBound >= e.tokens.upperBound }.prefix(Self.after)
            var keys: [String] = [], words: [String] = []
            for u in before + after where !keys.contains(u.key) {
                keys.append(u.key)
                words.append(u.word)
            }
            if !keys.isEmpty { found.append(Keyed(expression: e, keys: keys, words: words, measuredFrom: startingPoint.map(\.key))) }
        }
        return found
    }

    /// A word that can be a key: a common word (stemmed), a hyphenated word, or a name (a
    /// run of capitalized words: "European Vehicle Safety Agency" is one key and one word of
    /// the window).
    struct Unit {
        var tokens: Range<Int>
        var key: String
        var word: String
    }

    private func units(_ d: Document, sentence: Range<Int>, inTime: Set<Int>) -> [Unit] {
        let tokens = d.tokens
        var found: [Unit] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            let t = tokens[k]
            guard !inTime.contains(k), t.kind == .word else { k += 1; continue }
            // A quotation's words are what someone said, not the date's event ("“… what we
            // asked of them,” the captain said on Wednesday"); a date inside one keeps its words.
            if let q = Quotations.containing(k, in: d.quotations), !d.quotations[q].tokens.contains(sentence.lowerBound),
               !d.quotations[q].tokens.contains(where: inTime.contains) {
                k = d.quotations[q].tokens.upperBound
                continue
            }
            let whole = compound(d, at: k)
            if whole.count > 1 {
                let word = d.string(tokens: whole)
                found.append(Unit(tokens: whole, key: word.lowercased(), word: word))
                k = whole.upperBound
                continue
            }
            if t.has(.capitalized) || t.has(.allCaps) {
                var end = k + 1
                while end < sentence.upperBound, !inTime.contains(end), tokens[end].kind == .word,
                      tokens[end].has(.capitalized) || tokens[end].has(.allCaps), !tokens[end].isJoined { end += 1 }
                // "The Supreme Court", "On Wall Street": a name starts after such words.
                var first = k
                while first < end - 1, stopWords.contains(tokens[first].word) { first += 1 }
                // A lone capitalized word opening the sentence is an ordinary word ("Repairs").
                if end > first + 1 || (first == k && k != sentence.lowerBound) {
                    let word = d.string(tokens: first..<end)
                    if word.count >= 2 { found.append(Unit(tokens: first..<end, key: word.lowercased(), word: word)) }
                    k = end
                    continue
                }
            }
            k += 1
            guard t.length >= 4, !stopWords.contains(t.word) else { continue }
            let word = d.string(token: k - 1)
            let stem = Self.stem(word.lowercased())
            // Characters are counted only when bytes and characters may differ.
            if t.has(.nonASCII) ? stem.count >= 3 : stem.utf8.count >= 3 { found.append(Unit(tokens: (k - 1)..<k, key: stem, word: word)) }
        }
        return found
    }

    /// "repairs", "repaired", "repairing" → "repair"; "fined", "fines" → "fin".
    static func stem(_ word: String) -> String {
        var bytes = word
        return bytes.withUTF8(asciiStem) ?? stemByCharacters(word)
    }

    /// `stem` on the bytes of an ASCII word, where suffixes and counts are plain byte work
    /// (nil for any other word).
    static func asciiStem(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
        func ends(_ suffix: StaticString, _ end: Int) -> Bool {
            let n = suffix.utf8CodeUnitCount
            return end >= n && (0..<n).allSatisfy { b[end - n + $0] == suffix.utf8Start[$0] }
        }
        func text(_ end: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[0..<end]), as: UTF8.self) }
        var n = b.count
        if ends("'s", n) { n -= 2 }
        if ends("ies", n), n > 4 { return text(n - 3) + "y" }
        for suffix: StaticString in ["ing", "ed", "es", "s"] where ends(suffix, n) && n - suffix.utf8CodeUnitCount >= 3 && !ends("ss", n) {
            n -= suffix.utf8CodeUnitCount
            break
        }
        if ends("e", n), n > 3 { n -= 1 }
        return text(n)
    }

    /// `stem` by Characters, for words that are not ASCII.
    static func stemByCharacters(_ word: String) -> String {
        var w = Substring(word)
        if w.hasSuffix("’s") || w.hasSuffix("'s") { w = w.dropLast(2) }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        for suffix in ["ing", "ed", "es", "s"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 && !w.hasSuffix("ss") {
            w = w.dropLast(suffix.count)
            break
        }
        if w.hasSuffix("e"), w.count > 3 { w = w.dropLast() }
        return String(w)
    }

    static let stopList = [
        "a", "an", "on", "in", "at", "of", "for", "by", "as", "to", "it", "its", "he", "she", "we", "i", "is", "was", "has",
        "the", "and", "but", "that", "this", "these", "those", "which", "when", "where", "while", "whose", "with",
        "within", "without", "from", "into", "onto", "over", "under", "after", "before", "since", "until", "than", "then",
        "there", "here", "their", "they", "them", "your", "were", "been", "being", "have", "having", "will", "would",
        "could", "should", "shall", "might", "must", "also", "only", "just", "still", "even", "about", "around", "more",
        "most", "some", "such", "each", "every", "other", "another", "what", "very", "much", "many", "both",
        "said", "says", "told", "tells", "added", "adds", "according", "stated", "reported", "confirmed", "noted",
        "last", "next", "early", "earlier", "late", "later", "morning", "afternoon", "evening", "night", "dawn",
        "midnight", "noon", "local", "time", "times", "hour", "hours", "minute", "minutes", "today", "tonight",
        "yesterday", "tomorrow", "week", "weeks", "weekend", "month", "months", "year", "years", "days",
        "first", "second", "third", "again", "once", "twice", "already", "soon",
        // Numbers and figure words: what a number counts says nothing of when.
        "four", "five", "seven", "eight", "nine", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
        "dozen", "dozens", "half",
        "million", "millions", "billion", "billions", "thousand", "thousands", "percent", "cent",
    ]
}
