/// Binds quantity claims to facts through anchor phrases, by grammar and units.
///
/// An anchor speaks about a figure when both are in one sentence, within `window` words,
/// and in one clause (or the anchor is the antecedent of the figure's relative clause).
/// Only stated figures bind: expectations, per-item amounts and parts do not. A fact
/// accepts only figures of a compatible unit. Among the candidate pairs, a figure that agrees
/// with the fact's known value binds first, then the closest (ties: the figure after its anchor, then text order, then declaration order);
/// each figure binds to at most one fact, each anchor occurrence of a fact to at most
/// one figure. A figure in the noun phrase of an event of an earlier year, or in a ", when"
/// clause after an earlier year, binds to none (`OtherTimeReader`).
enum FigureBinder {
    static func bind(_ items: [Quantity], hits: [Anchors.Hit], window: Int, in d: Document, reader: ClaimReader,
                     accept: (_ quantity: Quantity, _ fact: Int) -> Bool,
                     agrees: (_ quantity: Quantity, _ fact: Int) -> Bool = { _, _ in false },
                     factYears: (_ fact: Int) -> [Int] = { _ in [] }) -> [Int?] {
        var bound = [Int?](repeating: nil, count: items.count)
        guard !items.isEmpty, !hits.isEmpty else { return bound }
        struct Pair { var disagrees: Int; var distance: Int; var before: Int; var figure: Int; var hit: Int; var fact: Int }
        var pairs: [Pair] = []
        let tokens = d.tokens
        // Clauses are read only for sentences where an anchor has a figure in reach (hits
        // come in text order, so one cached sentence is enough).
        var cached: (sentence: Int, clauses: SentenceClauses)? = nil
        // The article's year, read once the first pair needs it; figures about an earlier event.
        var articleYear: Int?? = nil
        var otherTime: [Int: Int] = [:] // figure → the other year it speaks of
        for (h, hit) in hits.enumerated() {
            let s = d.sentenceIndex(ofToken: hit.tokens.lowerBound)
            let sentence = d.sentences[s].tokens
            guard hit.tokens.upperBound <= sentence.upperBound else { continue }
            let reach = Anchors.reach(of: hit.tokens, within: window, in: sentence, tokens: tokens)
            let (low, high) = (reach.lowerBound, reach.upperBound)
            var c = firstFigure(items, endingAfter: max(low, sentence.lowerBound))
            while c < items.count && items[c].tokens.lowerBound < high {
                let q = items[c]
                defer { c += 1 }
                // A part binds only to an anchor that is its own "of" phrase ("29 of them in X"),
                // or names the part after a pronoun ("212 structures, 78 of them homes"), never
                // the whole ("600 of the employees").
                let ownPhrase = hit.tokens.lowerBound == q.tokens.upperBound || namesPart(q, hit: hit.tokens, d)
                guard q.tokens.upperBound <= sentence.upperBound, q.tokens.lowerBound >= sentence.lowerBound,
                      q.role == .stated || (q.role == .part && ownPhrase), !countsOtherNoun(q, hit, d, reader),
                      !capacityForOther(q, hit, d) else { continue }
                let distance = gap(q.tokens, hit.tokens, d)
                guard distance <= window, hit.facts.contains(where: { accept(q, $0) }) else { continue }
                if cached?.sentence != s { cached = (s, reader.clauses(d, sentence: sentence)) }
                guard let clauses = cached?.clauses, clauses.related(figure: q.tokens, anchor: hit.tokens),
                      !reader.isExpected(d, q, clauses: clauses, sentence: sentence) else { continue }
                // A figure about another, earlier event binds to no fact of another time (`OtherTimeReader`).
                if articleYear == nil { articleYear = .some(reader.otherTime.articleYear(d)) }
                let inPhrase = reader.otherTime.anchorYear(hit.tokens, figure: q.tokens, in: sentence, d)
                let otherYear = reader.otherTime.whenClauseYear(q.tokens.lowerBound, in: sentence, d) ?? inPhrase
                let ownYear = reader.otherTime.figureYear(q.tokens, in: sentence, d)
                for fact in hit.facts where accept(q, fact) {
                    if let ownYear, case let years = factYears(fact), !years.isEmpty, !years.contains(ownYear) { continue }
                    if let year = otherYear, OtherTimeReader.isOther(year, factYears: factYears(fact), articleYear: articleYear ?? nil) {
                        // Inside the dated phrase itself, the figure is that event's for every fact.
                        if inPhrase == nil || distance <= 2 { otherTime[c] = year }
                        continue
                    }
                    pairs.append(Pair(disagrees: agrees(q, fact) ? 0 : 1, distance: distance,
                                      before: hit.tokens.upperBound <= q.tokens.lowerBound ? 0 : 1, figure: c, hit: h, fact: fact))
                }
            }
        }
        // A figure that states a fact's known value binds first: the clause then states the
        // fact, and a nearer figure of another value there is about something else
        // ("interest of C$412 million brings the total to C$5.3 billion").
        pairs.sort { ($0.disagrees, $0.distance, $0.before, $0.figure, $0.hit, $0.fact)
            < ($1.disagrees, $1.distance, $1.before, $1.figure, $1.hit, $1.fact) }
        // Which (anchor occurrence, fact) pairs have their figure: a few bits per hit.
        var taken = [[Int]](repeating: [], count: hits.count)
        for p in pairs where bound[p.figure] == nil && !taken[p.hit].contains(p.fact) {
            if let year = otherTime[p.figure],
               OtherTimeReader.isOther(year, factYears: factYears(p.fact), articleYear: articleYear ?? nil) { continue }
            taken[p.hit].append(p.fact)
            bound[p.figure] = p.fact
        }
        return bound
    }

    /// "78 of them homes", "12 of which schools": the anchor right after "of" and a pronoun.
    private static func namesPart(_ q: Quantity, hit: Range<Int>, _ d: Document) -> Bool {
        let k = q.tokens.upperBound
        guard hit.lowerBound == k + 2, d.token(k, is: "of") else { return false }
        return ["them", "which", "whom", "those", "these"].contains(d.string(token: k + 1).lowercased())
    }

    private static func firstFigure(_ items: [Quantity], endingAfter low: Int) -> Int {
        var first = 0, last = items.count
        while first < last {
            let mid = (first + last) / 2
            if items[mid].tokens.upperBound <= low { first = mid + 1 } else { last = mid }
        }
        return first
    }

    /// Words between two token ranges, and one more for a comma, dash, bracket or colon
    /// ("41 dead, 312 injured": 312 is nearer "injured"); 0 when they touch or overlap.
    private static func gap(_ a: Range<Int>, _ b: Range<Int>, _ d: Document) -> Int {
        let between = a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound
            : b.upperBound <= a.lowerBound ? b.upperBound..<a.lowerBound : 0..<0
        var words = 0, pause = false
        for k in between {
            if d.tokens[k].kind != .punct { words += 1; continue }
            pause = pause || d.token(k, is: ",") || d.token(k, is: "—") || d.token(k, is: "–") || d.token(k, is: "(")
                || d.token(k, is: ")") || d.token(k, is: ":")
        }
        return words + (pause ? 1 : 0)
    }

    /// "a payload capacity of 1,200 kg", "a capacity of 60,000": what a thing can hold, not
    /// what one instance of it is; it binds only to an anchor that names the capacity itself.
    static func capacityForOther(_ q: Quantity, _ hit: Anchors.Hit, _ d: Document) -> Bool {
        let k = q.tokens.lowerBound
        guard k >= 2, d.tokens[k - 1].kind == .word, d.string(token: k - 1).lowercased() == "of",
              d.tokens[k - 2].kind == .word, capacityWords.contains(d.string(token: k - 2).lowercased()) else { return false }
        return !hit.tokens.contains { d.tokens[$0].kind == .word && capacityWords.contains(d.string(token: $0).lowercased()) }
    }

    static let capacityWords: Set<String> = ["capacity", "capacities", "maximum", "limit"]

    /// A count followed by a plural noun counts that noun ("31 fires … worldwide"): it is not
    /// evidence for a fact whose anchor comes after that noun or modifies it ("seven Tyr
    /// first-stage engines" counts engines, not stages), unless the anchor is what the noun did
    /// or underwent ("2,900 homes were flooded").
    static func countsOtherNoun(_ q: Quantity, _ hit: Anchors.Hit, _ d: Document, _ reader: ClaimReader) -> Bool {
        guard q.unit == .count, let noun = q.noun?.lowerBound, hit.tokens.lowerBound >= q.tokens.upperBound,
              !hit.tokens.contains(noun),
              !reader.clauseReader.isVerb(d, d.tokens[hit.tokens.lowerBound]) else { return false }
        let t = d.tokens[noun]
        guard t.kind == .word, !t.has(.capitalized), t.length >= 4, !FunctionWords.contains(d.bytes, t.range) else { return false }
        let last = d.bytes[t.range.upperBound - 1], before = d.bytes[t.range.upperBound - 2]
        return last == UInt8(ascii: "s") && before != UInt8(ascii: "s")
    }
}
