/// Readings that clear a pronoun whose window holds only people of the other gender.
///
/// - A name later in the pronoun's own sentence is not its antecedent: in "She praised
///   Trump's achievements" she is not Trump.
/// - An object pronoun is not the subject of its own clause: in "Trump described her as a
///   close friend" her is not Trump (that would be "himself").
/// - A possessive in an apposition is not the person the apposition describes: in "Janet
///   Smith, his wife, listened" his is not Janet Smith.
/// - The previous sentence's first person stays in focus: in "Trump waited. After Maria
///   Lopez spoke, he took the stage" he can be Trump.
/// - A person in a fronted subordinate clause is not the main clause's subject: in "After
///   Lopez finished, he spoke" he is someone before.
///
/// Candidates so ruled out send the search back up to three sentences (in the paragraph);
/// a pronoun is reported only if the people found there are all of the other gender too.
extension PronounCheck {
    static let lookBack = 3

    /// The person to name in a report, or nil when another reading clears the pronoun.
    func contradiction(_ d: Document, pronoun i: Int, gender: Gender, object: Bool, candidates: [Mention],
                       genders: [Gender?], people: (Range<Int>) -> ArraySlice<Mention>, sentence s: Int) -> Mention? {
        let sentence = d.sentences[s]
        let later = Set(people(i..<sentence.tokens.upperBound).map(\.entity))
        var excluded = Set<Int>(candidates.lazy.map(\.entity).filter { later.contains($0) })
        if object && objectUse(d, i) {
            for m in people(sentence.tokens.lowerBound..<i) { excluded.insert(m.entity) }
        }
        if let described = apposition(d, before: i, people: people, sentence: sentence.tokens) { excluded.insert(described) }
        if !object, let clauseEnd = frontedClause(d, sentence.tokens, before: i) {
            for m in people(sentence.tokens.lowerBound..<clauseEnd) { excluded.insert(m.entity) }
        }
        // The previous sentence's first person, when it agrees.
        if s > 0, d.sentences[s - 1].paragraph == sentence.paragraph,
           let focus = people(d.sentences[s - 1].tokens).first, genders[focus.entity] == gender {
            return nil
        }
        let remaining = candidates.filter { !excluded.contains($0.entity) }
        if let nearest = remaining.last { return nearest }
        // Everyone in the window is ruled out: look further back.
        var k = s - 1
        var other: Mention? = nil
        while k >= 0 && k >= s - Self.lookBack && d.sentences[k].paragraph == sentence.paragraph {
            let found = people(d.sentences[k].tokens).filter { !excluded.contains($0.entity) }
            if found.contains(where: { genders[$0.entity] == gender }) { return nil }
            if other == nil { other = found.last }
            k -= 1
        }
        return other
    }

    /// "After Lopez finished her remarks, he spoke": a sentence that opens with a
    /// subordinate clause, closed by a comma before the pronoun. Returns the comma's index;
    /// the people in that clause are not the main clause's subject.
    func frontedClause(_ d: Document, _ sentence: Range<Int>, before i: Int) -> Int? {
        guard let first = sentence.first(where: { d.tokens[$0].kind == .word }), first < i,
              subordinators.contains(d.tokens[first].word) else { return nil }
        return (first..<i).first { d.token($0, is: ",") }
    }

    /// "her" as an object ("described her as", "told her.") rather than a possessive ("her speech").
    func objectUse(_ d: Document, _ i: Int) -> Bool {
        let next = i + 1
        guard d.string(token: i).lowercased() == "her" else { return true } // "him" is always an object
        guard next < d.tokens.count, d.tokens[next].kind == .word else { return true }
        return objectFollowers.contains(d.tokens[next].word) || FunctionWords.contains(d.bytes, d.tokens[next].range)
    }

    /// "Janet Smith, his wife": the entity of the mention right before ", <pronoun>".
    func apposition(_ d: Document, before i: Int, people: (Range<Int>) -> ArraySlice<Mention>, sentence: Range<Int>) -> Int? {
        guard i >= 2, d.token(i - 1, is: ","), i - 1 > sentence.lowerBound else { return nil }
        return people(sentence.lowerBound..<(i - 1)).last(where: { $0.tokens.upperBound == i - 1 })?.entity
    }
}
