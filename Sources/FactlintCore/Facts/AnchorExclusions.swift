/// Phrases that fence a fact's anchor off ("unrelated fire" keeps the anchor "fire" from
/// speaking for the fact): an anchor occurrence inside one of its fact's excluded phrases
/// speaks for none. Shared by `figures` facts and `dates` events.
struct AnchorExclusions: Sendable {
    private var phrases = PhraseMatcher()

    var isEmpty: Bool { phrases.isEmpty }

    mutating func add(_ phrase: String, fact: Int, lexicon: inout Lexicon) {
        phrases.add(phrase, payload: fact, lexicon: &lexicon)
    }

    /// `hits` without the facts whose excluded phrase overlaps them; hits left with no fact are dropped.
    func filter(_ hits: [Anchors.Hit], in document: Document) -> [Anchors.Hit] {
        guard !phrases.isEmpty, !hits.isEmpty else { return hits }
        let exclusions = phrases.matches(document.tokens)
        guard !exclusions.isEmpty else { return hits }
        var kept = hits
        for h in kept.indices {
            let span = kept[h].tokens
            kept[h].facts.removeAll { fact in
                exclusions.contains { $0.tokens.overlaps(span) && $0.payloads.contains(fact) }
            }
        }
        return kept.filter { !$0.facts.isEmpty }
    }
}
