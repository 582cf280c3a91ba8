/// A real word in a name's slot: "Nordic Maritime" where the gazetteer has "Nordvik
/// Maritime". "Nordic" is a real word two edits from "Nordvik", so the near-miss check
/// lets it pass (a word that check reports is its own, not tried here); but its
/// neighbours spell the rest of a known multi-word name, and it is within two edits of
/// the word that belongs there (same first letter), so it is the name misspelt.
struct NameSlots: Sendable {
    struct Name: Sendable {
        var text: String
        var words: [Int32]
        var folded: [[Unicode.Scalar]]
    }

    let names: [Name]
    /// Names by each of their word ids: a word's neighbours find the names to try.
    let byWord: IDTable<[Int]>
    /// The same ids as a bit set: most neighbours are rejected without touching an array.
    let slotWords: IDSet

    init(_ forms: [String], lexicon: inout Lexicon) {
        var names: [Name] = []
        var byWord = IDTable<[Int]>()
        var seen = Set<String>()
        for form in forms where seen.insert(form).inserted {
            let words = PhraseMatcher.words(of: form)
            guard words.count >= 2 else { continue }
            let ids = words.map { lexicon.intern($0) }
            for id in Set(ids).sorted() { byWord[id] = (byWord[id] ?? []) + [names.count] }
            names.append(Name(text: form, words: ids, folded: words.map { Array($0.lowercased().unicodeScalars) }))
        }
        self.names = names
        self.byWord = byWord
        slotWords = IDSet(names.flatMap(\.words))
    }

    /// The known name that the words around the capitalized word at `i` misspell, and
    /// the tokens they cover.
    func misspelt(_ d: Document, at i: Int) -> (name: Name, tokens: Range<Int>)? {
        let tokens = d.tokens
        for neighbour in stride(from: i - 1, through: i + 1, by: 2) where neighbour >= 0 && neighbour < tokens.count && tokens[neighbour].kind == .word {
            guard slotWords.contains(tokens[neighbour].word), let indexes = byWord[tokens[neighbour].word] else { continue }
            for index in indexes {
                let name = names[index]
                for p in name.words.indices {
                    let start = i - p, end = start + name.words.count
                    guard start >= 0, end <= tokens.count, tokens[i].word != name.words[p] else { continue }
                    let rest = (start..<end).allSatisfy { k in
                        k == i || (tokens[k].kind == .word && tokens[k].word == name.words[k - start] && (k == start || tokens[k].has(.spaceBefore)))
                    }
                    guard rest, close(Array(d.string(token: i).lowercased().unicodeScalars), name.folded[p]) else { continue }
                    return (name, start..<end)
                }
            }
        }
        return nil
    }

    private func close(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a.count >= 4, b.count >= 4, a.first == b.first, a != b else { return false }
        // "North Korean" for "North Korea" is a derived form, not a misspelling.
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        if long.starts(with: short), NamesRule.suffixes.contains(String(String.UnicodeScalarView(long[short.count...]))) { return false }
        let limit = min(a.count, b.count) >= 5 ? 2 : 1
        guard let distance = EditDistance.distance(a, b, limit: limit) else { return false }
        return distance <= limit
    }
}
