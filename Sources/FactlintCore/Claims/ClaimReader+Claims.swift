/// Quantity claims as plain records: the key is what the figure measures (the subject
/// words of its clause and the noun after it), the normalized value its number and unit.
extension ClaimReader {
    public func claims(in d: Document) -> [Claim] {
        let q = quantities(in: d)
        return q.items.indices.map { i in
            claim(q.items[i], key: measures(d, q.items[i], clauses: q.clauses[q.clauseIndex[i]], sentence: q.sentences[q.clauseIndex[i]]), in: d)
        }
    }

    func claim(_ q: Quantity, key: String, in d: Document) -> Claim {
        Claim(bytes: q.bytes, kind: .quantity, key: key, written: d.string(q.bytes), normalized: ClaimReader.normalized(q))
    }

    /// "4820000000 NOK", "≈3100 count", "≥400000000000 USD", "5000000..7000000 count", "9 ordinal",
    /// with the role when it is not a plain statement ("5000000 USD (perItem)").
    static func normalized(_ q: Quantity) -> String {
        let prefix: String
        switch q.qualifier {
        case .approximate: prefix = "≈"
        case .atLeast: prefix = "≥"
        case .atMost: prefix = "≤"
        case .exact, .range: prefix = ""
        }
        var value = prefix + number(q.value)
        if q.qualifier == .range { value += ".." + number(q.upper) }
        value += " " + q.unit.description
        if q.role != .stated { value += " (\(q.role.rawValue))" }
        return value
    }

    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        var s = fixedDecimal(x, digits: 6)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// The subject words of the figure's clause (content words from its start up to the
    /// first verb, at most three) and the noun the figure counts, lowercased: "net profit",
    /// "employees".
    func measures(_ d: Document, _ q: Quantity, clauses: SentenceClauses, sentence: Range<Int>) -> String {
        let t = d.tokens, v = reader.v
        var words: [String] = []
        let clause = clauses.clause(of: q.tokens.lowerBound)
        var k = sentence.lowerBound
        while k < q.tokens.lowerBound && words.count < 3 {
            defer { k += 1 }
            guard clauses.clause(of: k) == clause else { continue }
            let token = t[k]
            if token.kind != .word || reader.numbers.number(d, at: k) != nil {
                if words.isEmpty { continue } else { break }
            }
            if SpeechVerbs.contains(d, k) { words.removeAll(); continue } // "the line said sales rose": reported speech
            if clauseReader.isVerb(d, token) { break }
            if FunctionWords.contains(d.bytes, token.range) || clauseReader.subordinators.contains(token.word)
                || clauseReader.determiners.contains(token.word)
                || v.expectation.contains(token.word) { continue }
            words.append(d.string(token: k).lowercased())
        }
        // "revenue of NOK 4.65 billion": the noun the figure is of.
        let s = q.tokens.lowerBound
        if s >= 2, t[s - 1].word == v.of, t[s - 2].kind == .word, !FunctionWords.contains(d.bytes, t[s - 2].range) {
            let word = d.string(token: s - 2).lowercased()
            if !words.contains(word) { words.append(word) }
        }
        var noun = q.noun?.lowerBound
        if q.role == .part, let n = noun, n + 2 < t.count, t[n + 2].kind == .word { noun = n + 2 } // "600 of the employees"
        if let n = noun, t[n].kind == .word, !FunctionWords.contains(d.bytes, t[n].range), !v.perItem.contains(t[n].word) {
            let word = d.string(token: n).lowercased()
            if !words.contains(word) { words.append(word) }
        }
        return words.joined(separator: " ")
    }
}
