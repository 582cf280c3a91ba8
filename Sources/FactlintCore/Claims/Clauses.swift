/// The clauses of one sentence: which tokens belong together when a figure binds.
///
/// A new clause starts at ";", at "while", "whereas", "although", "though" (a
/// sentence-initial one ends at its first comma), at "and"/"but" followed by a new
/// subject (a noun phrase and a verb: "and net profit climbed"), and at a relative
/// pronoun after a comma (", which", ", of which", ", who"). A relative clause ends at the
/// next comma, and the words right before it (its antecedent) count as part of it.
public struct SentenceClauses: Sendable {
    let start: Int
    let ids: [UInt16]
    /// (clause, antecedent tokens) for relative clauses.
    let antecedents: [(clause: UInt16, tokens: Range<Int>)]

    public func clause(of token: Int) -> Int { Int(ids[token - start]) }

    /// Whether an anchor at `anchor` speaks about a figure at `figure`: same clause, or the
    /// anchor is the antecedent of the figure's relative clause.
    public func related(figure: Range<Int>, anchor: Range<Int>) -> Bool {
        let c = ids[figure.lowerBound - start]
        if ids[anchor.lowerBound - start] == c { return true }
        for a in antecedents where a.clause == c && a.tokens.overlaps(anchor) { return true }
        return false
    }
}

struct ClauseReader: Sendable {
    let subordinators, relatives, determiners, pronouns, verbs: IDSet
    let and, but, of: Int32

    init(lexicon: inout Lexicon) {
        func set(_ words: [String]) -> IDSet { IDSet(words.map { lexicon.intern($0) }) }
        subordinators = set(["while", "whereas", "although", "though", "whilst"])
        relatives = set(["which", "who", "whom", "whose", "where"])
        determiners = set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some"])
        pronouns = set(["it", "they", "he", "she", "we", "i", "you"])
        verbs = set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                     "rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow", "grows", "hit", "hits", "stood", "stands",
                     "came", "comes", "made", "makes", "took", "takes", "said", "says", "saw", "sees", "lost", "won", "cost",
                     "costs", "paid", "pays", "spent", "spends", "sold", "sells", "bought", "buys", "cut", "cuts", "shed",
                     "slid", "sank", "shrank", "totals", "reaches", "remains", "plans", "expects", "employs", "gets", "got",
                     "went", "goes", "did", "does", "needs", "keeps", "kept", "gave", "gives", "ran", "runs", "threw", "left",
                     "became", "becomes", "held", "holds", "set", "sets", "put", "puts", "beat", "struck", "drew"])
        and = lexicon.intern("and")
        but = lexicon.intern("but")
        of = lexicon.intern("of")
    }

    func clauses(_ d: Document, sentence: Range<Int>) -> SentenceClauses {
        let t = d.tokens
        var ids = [UInt16](repeating: 0, count: sentence.count)
        var antecedents: [(clause: UInt16, tokens: Range<Int>)] = []
        var current: UInt16 = 0, next: UInt16 = 1
        var outer: UInt16? = nil      // where a relative clause returns at its closing comma
        var endsAtComma = false       // a sentence-initial "While …," clause
        var k = sentence.lowerBound
        func open() { current = next; next &+= 1 }
        while k < sentence.upperBound {
            let token = t[k]
            if token.kind == .punct {
                if d.token(k, is: ";") {
                    open(); outer = nil; endsAtComma = false
                    ids[k - sentence.lowerBound] = current
                    k += 1; continue
                }
                let isComma = d.token(k, is: ",") || d.token(k, is: "—") || d.token(k, is: "–")
                ids[k - sentence.lowerBound] = current
                if isComma, let back = outer {
                    current = back; outer = nil
                } else if isComma, endsAtComma {
                    open(); endsAtComma = false
                }
                k += 1; continue
            }
            if token.kind == .word {
                if subordinators.contains(token.word) {
                    open(); outer = nil
                    endsAtComma = !hasWordBefore(d, k, in: sentence)
                } else if relatives.contains(token.word), let comma = commaBefore(d, k, in: sentence) {
                    let saved = outer ?? current
                    open()
                    // ", of which": "of" belongs to the relative clause.
                    if comma < k - 1 { ids[k - 1 - sentence.lowerBound] = current }
                    if let a = antecedent(d, before: comma, in: sentence) { antecedents.append((current, a)) }
                    outer = saved
                } else if token.word == and || token.word == but, newSubject(d, at: k + 1, before: sentence.upperBound) {
                    open(); outer = nil
                }
            }
            ids[k - sentence.lowerBound] = current
            k += 1
        }
        return SentenceClauses(start: sentence.lowerBound, ids: ids, antecedents: antecedents)
    }

    private func hasWordBefore(_ d: Document, _ k: Int, in sentence: Range<Int>) -> Bool {
        var j = k - 1
        while j >= sentence.lowerBound {
            if d.tokens[j].kind != .punct { return true }
            j -= 1
        }
        return false
    }

    /// The comma right before a relative pronoun (", which"), or before "of which".
    private func commaBefore(_ d: Document, _ k: Int, in sentence: Range<Int>) -> Int? {
        if k - 1 >= sentence.lowerBound, d.token(k - 1, is: ",") { return k - 1 }
        if k - 2 >= sentence.lowerBound, d.tokens[k - 1].word == of, d.token(k - 2, is: ",") { return k - 2 }
        return nil
    }

    /// Up to three words before the comma: the noun phrase a relative clause describes.
    private func antecedent(_ d: Document, before comma: Int, in sentence: Range<Int>) -> Range<Int>? {
        var j = comma
        var words = 0
        while j > sentence.lowerBound && words < 3 {
            let token = d.tokens[j - 1]
            guard token.kind == .word || (token.kind == .punct && token.isJoined && words > 0) else { break }
            if token.kind == .word {
                if FunctionWords.contains(d.bytes, token.range) { break }
                words += 1
            }
            j -= 1
        }
        return words > 0 ? j..<comma : nil
    }

    /// A noun phrase followed by a verb ("net profit climbed", "it rose"), starting at `k`.
    private func newSubject(_ d: Document, at k: Int, before end: Int) -> Bool {
        let t = d.tokens
        guard k < end, t[k].kind == .word || t[k].kind == .number else { return false }
        if pronouns.contains(t[k].word) { return true }
        var j = k
        if t[j].kind == .word, determiners.contains(t[j].word) { j += 1 }
        if j < end, t[j].kind == .number { j += 1 }                          // "and that 52 shelters are open"
        let start = j
        var nouns = 0
        while j < end && nouns <= 4 {
            let token = t[j]
            if token.kind == .punct && token.isJoined { j += 1; continue } // "company's"
            guard token.kind == .word else { return false }
            if nouns > 0 && isVerb(d, token) { return true }
            if FunctionWords.contains(d.bytes, token.range) && !(j > start && t[j - 1].kind == .punct) { return false }
            nouns += 1
            j += 1
        }
        return false
    }

    func isVerb(_ d: Document, _ token: Token) -> Bool {
        if verbs.contains(token.word) { return true }
        guard !token.has(.capitalized), !token.has(.nonASCII), token.length >= 5 else { return false }
        let e = Int(token.end)
        return d.bytes[e - 2] == UInt8(ascii: "e") && d.bytes[e - 1] == UInt8(ascii: "d")
    }
}
