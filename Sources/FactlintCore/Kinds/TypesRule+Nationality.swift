/// Where a named thing is from, voted on across articles: "the U.S. technology company
/// Kestrel Labs" and "the American group Kestrel Labs" against "Kestrel, the Canadian
/// search company". One name is the same thing as another when its words begin or end the
/// other's ("Kestrel", "Kestrel Labs Inc"; "Marcon", "Davide Marcon").
extension TypesRule {
    func compareNationalities(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        let claims = evidence.enumerated().flatMap { a, phrases in phrases.map { (article: a, phrase: $0) } }
        guard claims.count >= 3 else { return }
        let words = claims.map { PersonKeys.fold($0.phrase.name).split(separator: " ").map(String.init) }
        func same(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = words[a].count <= words[b].count ? (words[a], words[b]) : (words[b], words[a])
            return !x.isEmpty && (y.starts(with: x) || y.reversed().starts(with: x.reversed()))
        }
        // Names that could be the same thing share their first or their last word: only those
        // are compared (a large corpus stays near linear).
        var byEdgeWord: [String: [Int]] = [:]
        for (i, w) in words.enumerated() where !w.isEmpty {
            byEdgeWord[w[0], default: []].append(i)
            if w.count > 1 { byEdgeWord[w[w.count - 1], default: []].append(i) }
        }
        for (i, claim) in claims.enumerated() where !words[i].isEmpty {
            let candidates = Set((byEdgeWord[words[i][0]] ?? []) + (byEdgeWord[words[i][words[i].count - 1]] ?? [])).sorted()
            let sameThing = candidates.filter { j in j != i && claims[j].article != claim.article && same(i, j) }
            // Articles per country among the claims about the same thing.
            var byCountry: [String: Set<Int>] = [claim.phrase.country!: [claim.article]]
            for j in sameThing { byCountry[claims[j].phrase.country!, default: []].insert(claims[j].article) }
            let mine = byCountry[claim.phrase.country!]!.count
            let ranked = byCountry.filter { $0.key != claim.phrase.country }.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
            guard let top = ranked.first, top.value.count >= 2, top.value.count >= 2 * mine,
                  ranked.dropFirst().first.map({ $0.value.count < top.value.count }) ?? true else { continue }
            let witnesses = sameThing.filter { claims[$0].phrase.country == top.key }
            let related = witnesses.prefix(3).map { RelatedLocation(claims[$0].phrase.location, "called '\(claims[$0].phrase.phrase)' here") }
            diagnostics.append(Diagnostic(ruleID: meta.id, severity: meta.severity,
                                          message: "'\(claim.phrase.phrase)' contradicts what \(top.value.count) other articles call \(claim.phrase.name): '\(claims[witnesses[0]].phrase.phrase)'",
                                          location: claim.phrase.location, related: Array(related)))
        }
    }
}
