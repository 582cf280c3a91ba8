/// The corpus's vote on each person's gender (see `GendersRule`).
struct GenderTally {
    typealias Gender = PronounCheck.Gender
    typealias Vote = GenderEvidence.Vote

    /// Surname → the full names that end with it, sorted.
    let surnames: [String: [String]]
    /// Each article's votes, with unnamed words resolved.
    var votes: [[Vote]] = []
    let minArticles: Int
    /// Person → gender → articles whose verdict it is.
    var verdicts: [String: [Gender: [Int]]] = [:]
    /// Each article's pronoun and title counts per person.
    var tallies: [[String: Count]] = []
    let keys: PersonKeys

    init(_ evidence: [GenderEvidence], minArticles: Int) {
        self.minArticles = minArticles
        keys = PersonKeys(keysByArticle: evidence.map { $0.uses.flatMap { $0.candidates + $0.unnamed } + $0.votes.map(\.key) })
        var surnames: [String: Set<String>] = [:]
        for article in evidence {
            for raw in article.uses.flatMap(\.candidates) + article.votes.map(\.key) where raw.contains(" ") {
                let key = keys.key(raw)
                surnames[String(keys.folded(key).split(separator: " ").last ?? ""), default: []].insert(key)
            }
        }
        self.surnames = surnames.mapValues { $0.sorted() }
        for article in evidence {
            var mine: [Vote] = article.votes.compactMap { v in
                let keys = resolve(v.key)
                return keys.count <= 1 ? Vote(key: keys.first ?? v.key, gender: v.gender, cue: v.cue, location: v.location) : nil
            }
            for use in article.uses where !use.open {
                if let only = soleCandidate(of: use) { mine.append(Vote(key: only, gender: use.gender, cue: use.text, location: use.location)) }
            }
            votes.append(mine)
        }
        for (a, mine) in votes.enumerated() {
            var counts: [String: Count] = [:]
            for v in mine {
                var c = counts[v.key] ?? Count()
                if v.gender == .female { c.female += 1 } else { c.male += 1 }
                counts[v.key] = c
            }
            for (key, c) in counts where c.female != c.male {
                verdicts[key, default: [:]][c.female > c.male ? .female : .male, default: []].append(a)
            }
            tallies.append(counts)
        }
    }

    struct Count { var female = 0, male = 0 }

    /// The one person a pronoun can refer to, if there is one: its vote.
    func soleCandidate(of use: GenderEvidence.Use) -> String? {
        let candidates = Set(self.candidates(of: use))
        return candidates.count == 1 ? candidates.first : nil
    }

    /// The person's gender as the other articles settle it, where the judged article's other
    /// pronouns for the person may add one article of support but never take it away (a slip
    /// may repeat): "Ms Delacourt … She …" in the article, and one other article's "she", settle
    /// "his agency" there.
    func gender(of person: String, besides a: Int, judging use: GenderEvidence.Use) -> Gender? {
        let (f, m) = support(person, besides: a, judging: use)
        if f >= minArticles && 2 * m < f { return .female }
        if m >= minArticles && 2 * f < m { return .male }
        return nil
    }

    /// Articles calling the person a woman and a man, the judged article's support included.
    func support(_ person: String, besides a: Int, judging use: GenderEvidence.Use) -> (female: Int, male: Int) {
        var own = tallies[a][person] ?? Count()
        if !use.open, soleCandidate(of: use) == person {
            if use.gender == .female { own.female -= 1 } else { own.male -= 1 }
        }
        var f = articles(person, gender: .female, besides: a), m = articles(person, gender: .male, besides: a)
        if use.gender == .male && own.female > own.male { f += 1 }
        if use.gender == .female && own.male > own.female { m += 1 }
        return (f, m)
    }

    /// A surname-only key stands for the one full name the corpus gives with that surname.
    func resolve(_ key: String) -> [String] {
        if key.contains(" ") { return [keys.key(key)] }
        return surnames[keys.folded(key)] ?? []
    }

    /// The people a pronoun could refer to: those named in its window, and unnamed words the
    /// corpus knows as surnames.
    func candidates(of use: GenderEvidence.Use) -> [String] {
        var result: [String] = []
        for key in use.candidates { result += resolve(key).isEmpty ? [key] : resolve(key) }
        for word in use.unnamed { result += surnames[keys.folded(word)] ?? [] }
        return result
    }

    func articles(_ person: String, gender: Gender, besides a: Int) -> Int {
        guard let list = verdicts[person]?[gender] else { return 0 }
        // Each article is listed once, in ascending order: count without copying the list
        // (it was copied for every pronoun judged, quadratic in the corpus).
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < a { low = mid + 1 } else { high = mid }
        }
        return list.count - (low < list.count && list[low] == a ? 1 : 0)
    }

    /// The first vote for the person's gender in up to three other articles.
    func witnesses(_ person: String, gender: Gender, besides a: Int) -> [Vote] {
        var found: [Vote] = []
        for b in (verdicts[person]?[gender] ?? []).sorted() where b != a {
            if let v = votes[b].first(where: { $0.key == person && $0.gender == gender }) { found.append(v) }
            if found.count == 3 { break }
        }
        return found
    }
}
