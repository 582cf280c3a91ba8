/// Bare years voted on with no rules: "an underground fire in 1992" in two articles against
/// "a fire broke out underground in 1982" in a third. A year is coarse (a story's events
/// share years), so the vote is strict: the outlier's year must be a typing slip for the
/// majority's (one digit changed, or two neighbours swapped: 1982/1992, 1867/1876; at most
/// 20 years apart), each witness must share two of its clause's words, at least two
/// articles must witness, and no other article may give the outlier's year under one of its
/// words. An article that gives both years under a shared word speaks of two events.
extension EventDateVotes {
    static func yearFindings(_ claims: [Claim]) -> [Finding] {
        let years = claims.indices.filter { claims[$0].yearOnly == true }
        guard years.count >= 3 else { return [] }
        func year(_ i: Int) -> Int { CivilDate.civil(claims[i].interval.lowerBound).year }
        // Claims by year: only the same year and its slips are compared (near linear).
        var byYear: [Int: [Int]] = [:]
        for i in years { byYear[year(i), default: []].append(i) }
        var keySets: [Int: Set<String>] = [:]
        for i in years { keySets[i] = Set(claims[i].keys) }
        func shared(_ a: Int, _ b: Int) -> Int { claims[b].keys.reduce(0) { $0 + (keySets[a]!.contains($1) ? 1 : 0) } }
        var found: [Finding] = []
        for i in years where !claims[i].reported {
            let c = claims[i], mine = year(i)
            // Another article giving this year under one of its words agrees with it.
            if byYear[mine]!.contains(where: { claims[$0].location.path != c.location.path && shared(i, $0) >= 1 }) { continue }
            var bySlip: [Int: [Int]] = [:]
            for other in byYear.keys.sorted() where other != mine && slip(mine, other) {
                let witnesses = byYear[other]!.filter { shared(i, $0) >= 2 }
                if !witnesses.isEmpty { bySlip[other] = witnesses }
            }
            guard bySlip.count == 1, let (other, witnesses) = bySlip.first else { continue }
            if byYear[other]!.contains(where: { claims[$0].location.path == c.location.path && shared(i, $0) >= 1 }) { continue }
            let paths = Set(witnesses.map { claims[$0].location.path })
            guard paths.count >= 2, !paths.contains(c.location.path) else { continue }
            let word = c.keys.first { k in witnesses.contains { claims[$0].keys.contains(k) } }.flatMap { k in c.keys.firstIndex(of: k).map { c.words[$0] } } ?? ""
            let first = paths.sorted().compactMap { p in witnesses.first { claims[$0].location.path == p } }
            found.append(Finding(claim: i, message: "'\(c.text)' (\(word)) is \(mine); \(paths.count) other articles date it to \(other)",
                                 related: first.prefix(maxRelated).map { ($0, "reported as '\(claims[$0].text)' (\(other))") }))
        }
        return found
    }

    /// Whether year `a` could be `b` typed wrong: one digit changed, or two neighbours swapped,
    /// and no more than `OriginVotes.maxGap` years apart (a century off is another thing).
    static func slip(_ a: Int, _ b: Int) -> Bool {
        let x = Array(String(a)), y = Array(String(b))
        guard x.count == y.count, abs(a - b) <= OriginVotes.maxGap else { return false }
        let differ = x.indices.filter { x[$0] != y[$0] }
        if differ.count == 1 { return true }
        return differ.count == 2 && differ[1] == differ[0] + 1 && x[differ[0]] == y[differ[1]] && x[differ[1]] == y[differ[0]]
    }
}
