/// Reads a document once into quantity claims: every figure with its unit, qualifier,
/// role in its clause, and the clauses of the sentences that hold figures (what binding
/// to facts needs). Built once per rule set, shared read-only by every document.
public struct ClaimReader: Sendable {
    var reader: QuantityReader
    let clauseReader: ClauseReader
    let otherTime: OtherTimeReader

    public init(lexicon: inout Lexicon) {
        reader = QuantityReader(lexicon: &lexicon)
        clauseReader = ClauseReader(lexicon: &lexicon)
        otherTime = OtherTimeReader(lexicon: &lexicon)
    }

    /// The quantity claims of one document.
    public struct Quantities: Sendable {
        public var items: [Quantity] = []
        /// Per item, its index in `clauses`.
        public var clauseIndex: [Int] = []
        /// The clauses of each sentence that holds a figure, in text order.
        public var clauses: [SentenceClauses] = []
        /// Per entry of `clauses`, the sentence's token range.
        public var sentences: [Range<Int>] = []
    }

    /// With `clauses` false (what binding needs: it reads the clauses of the sentences
    /// that hold an anchor itself), no clauses are read and no figure is marked expected.
    public func quantities(in d: Document, clauses: Bool = true) -> Quantities {
        var result = Quantities()
        result.items = reader.quantities(in: d)
        guard !result.items.isEmpty else { return result }
        var sentence = -1
        if clauses { result.clauseIndex.reserveCapacity(result.items.count) }
        for i in result.items.indices {
            result.items[i].role = localRole(d, result.items[i])
            guard clauses else { continue }
            let q = result.items[i]
            let s = d.sentenceIndex(ofToken: q.tokens.lowerBound)
            if s != sentence {
                sentence = s
                let range = d.sentences[s].tokens
                result.clauses.append(clauseReader.clauses(d, sentence: range))
                result.sentences.append(range)
            }
            result.clauseIndex.append(result.clauses.count - 1)
            if q.role == .stated, isExpected(d, q, clauses: result.clauses[result.clauses.count - 1],
                                              sentence: result.sentences[result.sentences.count - 1]) {
                result.items[i].role = .expected
            }
        }
        markConversions(&result.items, in: d)
        return result
    }

    func clauses(_ d: Document, sentence: Range<Int>) -> SentenceClauses { clauseReader.clauses(d, sentence: sentence) }

    /// Per item, part, change, or stated: what the words right around the figure say.
    func localRole(_ d: Document, _ q: Quantity) -> Quantity.Role {
        let t = d.tokens, v = reader.v
        let end = q.tokens.upperBound
        if end + 1 < t.count, !t[end].has(.paragraphBefore) {
            let next = t[end].word
            if v.perItem.contains(next) { return .perItem }
            if next == v.per, t[end + 1].word != v.cent, t[end + 1].kind == .word { return .perItem }
            if next == v.of, v.partitive.contains(t[end + 1].word) || t[end + 1].kind == .number { return .part }
            if next == v.out, t[end + 1].word == v.of { return .part }
            // "the tiara and 13 other objects": the rest of a whole, not the whole.
            if v.remainder.contains(next), t[end + 1].kind == .word { return .part }
        } else if end < t.count, !t[end].has(.paragraphBefore), v.perItem.contains(t[end].word) {
            return .perItem
        }
        if q.tokens.lowerBound > 0, t[q.tokens.lowerBound - 1].word == v.by { return .change }
        if frontedPart(d, before: q.tokens.lowerBound) { return .part }
        if isAppositiveAge(d, q) { return .age }
        if isTallySide(d, q) { return .part }
        return .stated
    }

    /// "by five votes to two", "won 31 seats to 12": the number after "to" is the other side
    /// of a tally, a part of the whole the first number opens, never a figure of its own.
    func isTallySide(_ d: Document, _ q: Quantity) -> Bool {
        let t = d.tokens, start = q.tokens.lowerBound
        guard q.unit == .count, start >= 3, t[start - 1].word == reader.v.to, t[start - 2].kind == .word,
              !t[start - 2].has(.capitalized) else { return false }
        return reader.numbers.number(d, at: start - 3) != nil
    }

    /// "Contreras, now 72, lives …", "Ruiz (45) said", "was Ruiz, then 45.": a whole number up
    /// to 120 set off by commas, brackets or the sentence's end right after a capitalized name
    /// (optionally "now", "then" or "aged" first).
    func isAppositiveAge(_ d: Document, _ q: Quantity) -> Bool {
        let t = d.tokens
        let start = q.tokens.lowerBound, end = q.tokens.upperBound
        guard q.unit == .count, q.qualifier == .exact, !q.hasMagnitude, q.value == q.value.rounded(), (1...120).contains(q.value),
              end < t.count, d.token(end, is: ",") || d.token(end, is: ")") || d.token(end, is: ".") || d.token(end, is: ";")
        else { return false }
        var k = start - 1
        if k >= 0, t[k].kind == .word, ["now", "aged", "then"].contains(d.string(token: k).lowercased()) { k -= 1 }
        guard k >= 1, d.token(k, is: ",") || d.token(k, is: "(") else { return false }
        return t[k - 1].kind == .word && t[k - 1].has(.capitalized)
    }

    /// "Of the dead, 29 lived in X": a sentence that opens with an "of" phrase and a comma
    /// right before the figure makes it a part of that whole.
    func frontedPart(_ d: Document, before start: Int) -> Bool {
        let t = d.tokens
        guard start >= 3, d.token(start - 1, is: ",") else { return false }
        var k = start - 2, words = 0
        while k >= 0 && words < 5 && t[k].kind == .word {
            if t[k].word == reader.v.of {
                return k == 0 || t[k].has(.lineBefore) || t[k].has(.paragraphBefore)
                    || t[k - 1].kind == .punct && (d.token(k - 1, is: ".") || d.token(k - 1, is: "\"") || d.token(k - 1, is: "—"))
            }
            if t[k].has(.lineBefore) || t[k].has(.paragraphBefore) { return false }
            words += 1; k -= 1
        }
        return false
    }

    /// An expectation word earlier in the figure's own clause (a dozen words at most):
    /// "analysts had expected revenue of …".
    func isExpected(_ d: Document, _ q: Quantity, clauses: SentenceClauses, sentence: Range<Int>) -> Bool {
        let t = d.tokens, v = reader.v
        let clause = clauses.clause(of: q.tokens.lowerBound)
        var k = q.tokens.lowerBound - 1, words = 0
        while k >= sentence.lowerBound && words < 12 && clauses.clause(of: k) == clause {
            if t[k].kind != .punct {
                if v.expectation.contains(t[k].word) { return true }
                words += 1
            }
            k -= 1
        }
        return false
    }
}
