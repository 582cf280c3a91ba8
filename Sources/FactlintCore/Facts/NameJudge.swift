extension NameTally {
    /// A rare form judged a misspelling of one of the corpus's names.
    struct Finding {
        struct Name { var text: String; var count: Int; var articles: Int }
        struct Form { var text: String; var locations: [Place] }
        var name: Name
        var form: Form
        /// The name as written in other articles (the majority's evidence).
        var witnesses: [SourceLocation]
        /// Strong enough to rewrite: a non-word one edit from a name written many times.
        var fixable: Bool
    }

    /// Decides which rare forms are misspellings of the corpus's names. Pure and ordered:
    /// forms are visited in text order, names in text order, ties leave a form alone.
    struct Judge {
        var minCount: Int
        var minArticles: Int
        var dictionary: WordList
        var ignored: Set<String>
        /// A pair ("Nordvik Maritime") vouches for a slot once written this often.
        var pairCount = 3
        static let witnessesKept = 3

        func findings(in tally: NameTally) -> [Finding] {
            let names = tally.totals.indices.filter { isName(tally.totals[$0]) }
                .sorted { tally.totals[$0].text < tally.totals[$1].text }
            var byInitial: [Unicode.Scalar: [Int]] = [:]
            for n in names { byInitial[initial(tally.totals[n].text), default: []].append(n) }
            var found: [Finding] = []
            var reported = Set<Int>() // forms already reported as a whole
            let order = tally.totals.indices.sorted { tally.totals[$0].text < tally.totals[$1].text }
            for f in order {
                let form = tally.totals[f]
                guard isRare(form), let candidates = byInitial[initial(form.text)],
                      !ignored.contains(form.text.lowercased()), !dictionary.contains(form.text) else { continue }
                guard let n = nearest(form.text, among: candidates, in: tally) else { continue }
                let name = tally.totals[n]
                guard name.count >= 2 * form.count, !isVariant(form.text, name.text) else { continue }
                reported.insert(f)
                found.append(Finding(name: .init(text: name.text, count: name.count, articles: name.articles),
                                     form: .init(text: form.text, locations: form.places.flatMap { $0 }),
                                     witnesses: witnesses(n, avoiding: tally.articleOf[f], in: tally),
                                     fixable: EditDistance.distance(form.text.lowercased(), name.text.lowercased(), limit: 1) != nil))
            }
            found += slotFindings(in: tally, names: Set(names), skipping: reported)
            return found
        }

        /// A name: written often, in several articles, and mid-sentence (not only capitalized
        /// by grammar at a sentence's start); no ordinary word capitalized in a title
        /// ("National", "President").
        func isName(_ t: Total) -> Bool {
            t.count >= minCount && t.articles >= minArticles && t.midSentence >= 2 && !dictionary.contains(t.text)
        }

        /// A candidate misspelling: in one article, a few times.
        func isRare(_ t: Total) -> Bool { t.articles == 1 && t.count <= 3 }

        /// The one name within reach of `text`, or nil when none is, or several tie.
        func nearest(_ text: String, among candidates: [Int], in tally: NameTally, slotLimit: Int? = nil) -> Int? {
            let folded = Array(text.lowercased().unicodeScalars)
            var best: [Int] = []
            var bestDistance = Int.max
            for n in candidates {
                let name = Array(tally.totals[n].text.lowercased().unicodeScalars)
                guard name != folded, abs(name.count - folded.count) <= 2, !NameTally.isDerived(folded, name) else { continue }
                let limit = slotLimit ?? (min(name.count, folded.count) >= 9 ? 2 : 1)
                let truncated = folded.count >= 6 && name.count == folded.count + 1 && name.starts(with: folded)
                guard let d = truncated ? 1 : EditDistance.distance(folded, name, limit: limit) else { continue }
                if d < bestDistance { best = [n]; bestDistance = d } else if d == bestDistance { best.append(n) }
            }
            return best.count == 1 ? best[0] : nil
        }

        /// "Nordic Maritime" where the corpus writes "Nordvik Maritime", "Ms Went" where it
        /// writes "Wendt": the frequent pair's other word, or a title, vouches for the slot, so a
        /// dictionary word is caught there too (but only in place of a name that is no
        /// dictionary word itself), and a non-word in place of one ("Olle Forst" for "Olle Frost").
        func slotFindings(in tally: NameTally, names: Set<Int>, skipping reported: Set<Int>) -> [Finding] {
            var byText: [String: Int] = [:]
            for (i, t) in tally.totals.enumerated() { byText[t.text] = i }
            // (side, other word) → the words written there often: side 0 is "W other", 1 is "other W".
            var frequent: [String: Set<Int>] = [:]
            for (key, count) in tally.pairCounts where count >= pairCount && (tally.pairArticles[key] ?? 0) >= minArticles {
                let words = key.split(separator: " ").map(String.init)
                if let w = byText[words[0]] { frequent["0 " + words[1], default: []].insert(w) }
                if let w = byText[words[1]] { frequent["1 " + words[0], default: []].insert(w) }
            }
            let titleSlots = names.filter { !dictionary.contains(tally.totals[$0].text) }
            var found: [Finding] = []
            var done = Set<String>()
            for (a, article) in tally.articles.enumerated() {
                for pair in article.pairs.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
                    let key = pair.first + " " + pair.second
                    guard tally.pairArticles[key] == 1, (tally.pairCounts[key] ?? 0) <= 2 else { continue }
                    for side in [0, 1] {
                        let (word, other) = side == 0 ? (pair.first, pair.second) : (pair.second, pair.first)
                        guard let f = byText[word], !reported.contains(f), !ignored.contains(word.lowercased()),
                              word.unicodeScalars.count >= 4 else { continue }
                        var slot = frequent["\(side) " + other] ?? []
                        if side == 1 && NameTally.titles.contains(other.lowercased()) { slot.formUnion(titleSlots) }
                        let partners = slot.filter { n in
                            let name = tally.totals[n].text
                            // A dictionary-word name ("Olle Frost") takes only a non-word ("Forst"):
                            // one real word for another there may be another person, unless the
                            // pair's other word is a name too and the form's own article writes
                            // the name ("Linnea Stand … Strand, 31"; not "Interior Ministry").
                            return initial(name) == initial(word)
                                && (!dictionary.contains(name) || !dictionary.contains(word)
                                    || (!dictionary.contains(other) && tally.articleOf[n].contains(a)))
                                && !isVariant(word, name)
                        }.sorted()
                        let limit = max(1, min(2, word.unicodeScalars.count / 3))
                        guard let n = nearest(word, among: partners, in: tally, slotLimit: limit) else { continue }
                        let name = tally.totals[n]
                        let places = pair.places.map { side == 0 ? $0.0 : $0.1 }
                            .filter { done.insert("\($0.location.path):\($0.location.byteRange.lowerBound)").inserted }
                        guard !places.isEmpty else { continue }
                        found.append(Finding(name: .init(text: name.text, count: name.count, articles: name.articles),
                                             form: .init(text: word, locations: places),
                                             witnesses: witnesses(n, avoiding: [a], in: tally), fixable: false))
                    }
                }
            }
            return found
        }

        /// Forms that differ only by accents, case, hyphens or spaces are the `variants` check's;
        /// British and American spellings ("Centre", "Center") are house style, not slips.
        func isVariant(_ a: String, _ b: String) -> Bool {
            VariantsRule.key(a) == VariantsRule.key(b) || SpellingFold.fold(a.lowercased()) == SpellingFold.fold(b.lowercased())
        }

        /// The name's first place in up to three articles, other articles than the form's first.
        func witnesses(_ n: Int, avoiding: [Int], in tally: NameTally) -> [SourceLocation] {
            let name = tally.totals[n]
            var others: [SourceLocation] = [], same: [SourceLocation] = []
            for (k, places) in name.places.enumerated() {
                guard let first = places.first else { continue }
                if avoiding.contains(tally.articleOf[n][k]) { same.append(first.location) } else { others.append(first.location) }
            }
            return Array((others + same).prefix(Judge.witnessesKept))
        }

        func initial(_ text: String) -> Unicode.Scalar {
            text.lowercased().unicodeScalars.first ?? " "
        }
    }

    /// "Koreans" for "Korea", "Japanese" for "Japan", "Americas" for "American": inflections
    /// and demonyms of one stem, not misspellings.
    static func isDerived(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let stemsOfB = Set(stems(b))
        return stems(a).contains { stemsOfB.contains($0) }
    }

    /// The word and what is left of it without each suffix it ends with.
    static func stems(_ word: [Unicode.Scalar]) -> [String] {
        let text = String(String.UnicodeScalarView(word))
        return [text] + NamesRule.suffixes.compactMap { suffix in
            text.hasSuffix(suffix) && text.count > suffix.count + 2 ? String(text.dropLast(suffix.count)) : nil
        }
    }
}
