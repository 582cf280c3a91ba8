/// What a text says a declared thing is: "the frigate USS George Washington" (modifier),
/// "USS George Washington, a frigate" (apposition), "the George Washington is a
/// destroyer" (copula), "the USS George Washington aircraft carrier" (after the name).
struct TypeStatements: Sendable {
    /// A type phrase (payload index) for an entity: the declared type, or a contradicting one.
    struct Phrase: Sendable {
        var entity: Int
        var text: String
        var contradicts: Bool
    }

    struct Statement: Sendable {
        var mention: Mention
        var phrase: Phrase
        var tokens: Range<Int>
    }

    private var matcher = PhraseMatcher()
    private(set) var phrases: [Phrase] = []
    let articles: IDSet
    let copulas: IDSet
    /// "X, now a superintendent", "the former chief executive X": what the thing is or was at
    /// another time, so neither a contradiction nor support.
    let otherTime: IDSet

    init(lexicon: inout Lexicon) {
        articles = IDSet(["a", "an", "the"].map { lexicon.intern($0) })
        copulas = IDSet(["is", "was", "remains", "became"].map { lexicon.intern($0) })
        otherTime = IDSet(["now", "later", "then", "former", "formerly", "previously", "once", "since", "eventually", "ex"]
            .map { lexicon.intern($0) })
    }

    /// The phrase at `start` is said of another time: "former" or "now" right before it, or
    /// before its article ("now a", "the former").
    private func atOtherTime(_ d: Document, phraseAt start: Int, from lower: Int) -> Bool {
        let k = start - 1
        guard k >= lower else { return false }
        if otherTime.contains(d.tokens[k].word) { return true }
        return articles.contains(d.tokens[k].word) && k - 1 >= lower && otherTime.contains(d.tokens[k - 1].word)
    }

    var isEmpty: Bool { phrases.isEmpty }

    mutating func add(_ text: String, entity: Int, contradicts: Bool, lexicon: inout Lexicon) {
        // The phrase and its plural, as written: "London jewellers" keeps its capital (matched
        // only capitalized, as aliases are) instead of being dropped for not being lowercase.
        for form in WordForms.phraseForms(of: text) where form.lowercased() == text.lowercased() || form.lowercased() == text.lowercased() + "s" {
            matcher.add(form, payload: phrases.count, lexicon: &lexicon)
        }
        phrases.append(Phrase(entity: entity, text: text, contradicts: contradicts))
    }

    func statements(in d: Document, mentions: [Mention]) -> [Statement] {
        guard !isEmpty else { return [] }
        var found: [Statement] = []
        let tokens = d.tokens
        for mention in mentions {
            let sentence = d.sentences[d.sentenceIndex(ofToken: mention.tokens.lowerBound)].tokens
            func phrase(at k: Int) -> (Phrase, Range<Int>)? {
                guard k < sentence.upperBound, let m = matcher.longestMatch(tokens, at: k), m.end <= sentence.upperBound,
                      // "is the captain's brother": a possessive names someone else.
                      !TypePhrases.isPossessive(d, endingAt: min(m.end + 1, tokens.count - 1)) else { return nil }
                let candidates = m.payloads.map { phrases[$0] }.filter { $0.entity == mention.entity }
                return candidates.first.map { ($0, k..<m.end) }
            }
            // Before the name, set off by a comma after a possessive: "the gallery's chief
            // curator, Lena Brekke". Without one, the comma may part the items of a list.
            if let hit = postBeforeComma(d, mention: mention, sentence: sentence, phrase: phrase) {
                found.append(Statement(mention: mention, phrase: hit.0, tokens: hit.1))
                continue
            }
            // Before the name: "the [U.S.] frigate USS George Washington".
            var k = mention.tokens.lowerBound - 1
            var skipped = 0
            while k >= sentence.lowerBound && skipped <= 4 {
                let start = max(sentence.lowerBound, k - 3)
                if let hit = (start...k).lazy.compactMap({ s -> (Phrase, Range<Int>)? in
                    guard let p = phrase(at: s), p.1.upperBound == k + 1 else { return nil }
                    return p
                }).first {
                    if !atOtherTime(d, phraseAt: hit.1.lowerBound, from: sentence.lowerBound) {
                        found.append(Statement(mention: mention, phrase: hit.0, tokens: hit.1))
                    }
                    break
                }
                let t = tokens[k]
                guard t.kind == .punct ? d.token(k, is: ".") : t.has(.capitalized) else { break } // "U.S.", "US Navy"
                k -= 1
                skipped += 1
            }
            // After the name: directly, after ", a", or after "is a".
            var j = mention.tokens.upperBound
            if let hit = phrase(at: j) {
                found.append(Statement(mention: mention, phrase: hit.0, tokens: hit.1))
                continue
            }
            if j < sentence.upperBound, d.token(j, is: ",") || copulas.contains(tokens[j].word) {
                j += 1
                if j < sentence.upperBound, articles.contains(tokens[j].word) { j += 1 }
                for extra in 0...2 where j + extra < sentence.upperBound {
                    if let hit = phrase(at: j + extra) {
                        if !atOtherTime(d, phraseAt: hit.1.lowerBound, from: mention.tokens.upperBound) {
                            found.append(Statement(mention: mention, phrase: hit.0, tokens: hit.1))
                        }
                        break
                    }
                    if tokens[j + extra].kind == .punct { break }
                }
            }
        }
        return found
    }

    /// A phrase that ends at the comma right before the mention and follows a possessive
    /// ("the gallery's", "its", "her").
    private func postBeforeComma(_ d: Document, mention: Mention, sentence: Range<Int>,
                                 phrase: (Int) -> (Phrase, Range<Int>)?) -> (Phrase, Range<Int>)? {
        let comma = mention.tokens.lowerBound - 1
        guard comma - 1 > sentence.lowerBound, d.token(comma, is: ",") else { return nil }
        // The longest phrase first: "chief curator" before "curator".
        for start in max(sentence.lowerBound + 1, comma - 4)..<comma {
            guard let hit = phrase(start), hit.1.upperBound == comma else { continue }
            let before = start - 1
            guard TypePhrases.isPossessive(d, endingAt: before) || TypePhrases.possessiveWords.contains(d, token: before),
                  !atOtherTime(d, phraseAt: start, from: sentence.lowerBound) else { return nil }
            return hit
        }
        return nil
    }
}
