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

    init(_ evidence: [GenderEvidence], minArticles: Int) {
        self.minArticles = minArticles
        var surnames: [String: Set<String>] = [:]
        for article in evidence {
            for use in article.uses { for key in use.candidates where key.contains(" ") { surnames[String(key.split(separator: " ").last!), default: []].insert(key) } }
            for vote in article.votes where vote.key.contains(" ") { surnames[String(vote.key.split(separator: " ").last!), default: []].insert(vote.key) }
        }
        self.surnames = surnames.mapValues { $0.sorted() }
        for article in evidence {
            var mine: [Vote] = article.votes.compactMap { v in
                let keys = resolve(v.key)
                return keys.count <= 1 ? Vote(key: keys.first ?? v.key, gender: v.gender, cue: v.cue, location: v.location) : nil
            }
            for use in article.uses where !use.open {
                let candidates = Set(self.candidates(of: use))
                if candidates.count == 1 { mine.append(Vote(key: candidates.first!, gender: use.gender, cue: use.text, location: use.location)) }
            }
            votes.append(mine)
        }
        for (a, mine) in votes.enumerated() {
            var counts: [String: (female: Int, male: Int)] = [:]
            for v in mine {
                var c = counts[v.key] ?? (0, 0)
                if v.gender == .female { c.female += 1 } else { c.male += 1 }
                counts[v.key] = c
            }
            for (key, c) in counts where c.female != c.male {
                verdicts[key, default: [:]][c.female > c.male ? .female : .male, default: []].append(a)
            }
        }
    }

    /// The person's gender as the articles other than `a` settle it: the article being judged
    /// does not vote on its own pronouns (its slip would count against the majority).
    func gender(of person: String, besides a: Int) -> Gender? {
        let f = articles(person, gender: .female, besides: a), m = articles(person, gender: .male, besides: a)
        if f >= minArticles && 2 * m < f { return .female }
        if m >= minArticles && 2 * f < m { return .male }
        return nil
    }

    /// A surname-only key stands for the one full name the corpus gives with that surname.
    func resolve(_ key: String) -> [String] {
        if key.contains(" ") { return [key] }
        return surnames[key] ?? []
    }

    /// The people a pronoun could refer to: those named in its window, and unnamed words the
    /// corpus knows as surnames.
    func candidates(of use: GenderEvidence.Use) -> [String] {
        var result: [String] = []
        for key in use.candidates { result += resolve(key).isEmpty ? [key] : resolve(key) }
        for word in use.unnamed { result += surnames[word] ?? [] }
        return result
    }

    func articles(_ person: String, gender: Gender, besides a: Int) -> Int {
        (verdicts[person]?[gender] ?? []).filter { $0 != a }.count
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
