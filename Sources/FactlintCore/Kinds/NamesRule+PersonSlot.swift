/// A real word where a person stands: "Maroon, 26, scored twice" or "Maroon, the
/// striker, scored twice" in an article about Davide Marcon. The near-miss check lets dictionary words pass ("Maroon" is a colour),
/// but a capitalized word followed by an age or a post in commas is a person, and when a declared
/// name one or two edits from it is written elsewhere in the same article, the word is
/// that name misspelt. A suggestion only: a real word is never rewritten on its own.
extension NamesRule {
    /// "Word, 26," — an age of 1 to 120 in commas right after the word.
    static func isAgeApposition(_ d: Document, after i: Int) -> Bool {
        let t = d.tokens
        guard i + 3 < t.count, d.token(i + 1, is: ","), t[i + 2].kind == .number, d.token(i + 3, is: ","),
              let age = d.number(token: i + 2), age >= 1, age <= 120, age == age.rounded() else { return false }
        return true
    }

    /// "Word, the foreman," — a post in apposition: a definite article and a lowercase word.
    static func isPostApposition(_ d: Document, after i: Int) -> Bool {
        let t = d.tokens
        guard i + 3 < t.count, d.token(i + 1, is: ","), t[i + 2].kind == .word, t[i + 3].kind == .word,
              d.string(token: i + 2) == "the", !t[i + 3].has(.capitalized) else { return false }
        return true
    }

    /// The name word the person-slot word at `i` misspells, if that name is written in `d` too.
    func misspeltPerson(_ d: Document, at i: Int) -> String? {
        guard options.nearMisses, NamesRule.isAgeApposition(d, after: i) || NamesRule.isPostApposition(d, after: i),
              let verdict = unknownCapitalized(d, i, realWords: true), let name = verdict.fix else { return nil }
        let id = d.lexicon.id(of: name)
        return d.tokens.contains { $0.kind == .word && $0.word == id } ? name : nil
    }
}
