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
        for (i, claim) in claims.enumerated() {
            // Articles per country among the claims about the same thing.
            var byCountry: [String: Set<Int>] = [:]
            for (j, other) in claims.enumerated() where j == i || (other.article != claim.article && same(i, j)) {
                byCountry[other.phrase.country!, default: []].insert(other.article)
            }
            let mine = byCountry[claim.phrase.country!]!.count
            let ranked = byCountry.filter { $0.key != claim.phrase.country }.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
            guard let top = ranked.first, top.value.count >= 2, top.value.count >= 2 * mine,
                  ranked.dropFirst().first.map({ $0.value.count < top.value.count }) ?? true else { continue }
            let witnesses = claims.indices.filter { j in j != i && claims[j].phrase.country == top.key && top.value.contains(claims[j].article) && same(i, j) }
            let related = witnesses.prefix(3).map { RelatedLocation(claims[$0].phrase.location, "called '\(claims[$0].phrase.phrase)' here") }
            diagnostics.append(Diagnostic(ruleID: meta.id, severity: meta.severity,
                                          message: "'\(claim.phrase.phrase)' contradicts what \(top.value.count) other articles call \(claim.phrase.name): '\(claims[witnesses[0]].phrase.phrase)'",
                                          location: claim.phrase.location, related: Array(related)))
        }
    }
}
