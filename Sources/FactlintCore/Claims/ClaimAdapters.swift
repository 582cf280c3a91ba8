/// Thin adapters: what each rule kind already reads, wrapped as claims. The extractors
/// themselves are unchanged.
extension FiguresRule: ClaimSource {
    /// The quantity claims bound to a fact, keyed by the fact's name (`ClaimPrinter` adds
    /// the others, keyed by what they measure).
    public func claims(in d: Document) -> [Claim] {
        let q = reader.quantities(in: d)
        let binding = FigureBinder.bind(q.items, hits: anchorHits(in: d), window: anchors.window, in: d, reader: reader,
                                        accept: { quantity, fact in facts[fact].unit.compatible(with: quantity.unit) },
                                        factYears: { factYears[$0] })
        return q.items.indices.compactMap { i in binding[i].map { reader.claim(q.items[i], key: facts[$0].name, in: d) } }
    }
}

extension DatesRule: ClaimSource {
    /// Time claims, resolved against the article's own date.
    public func claims(in d: Document) -> [Claim] {
        let reference = ArticleDate.detect(d, extractor: extractor, fallback: fallback)
        return extractor.expressions(in: d, reference: reference).map { e in
            var normalized = e.describedInterval
            if let weekday = e.statedWeekday { normalized += " (stated weekday \(CivilDate.weekdayNames[weekday]))" }
            return Claim(bytes: e.bytes, kind: .time, key: e.kind.rawValue, written: d.string(e.bytes), normalized: normalized)
        }
    }
}

extension EntitiesRule: ClaimSource {
    /// Mention claims (the entity each name or alias stands for) and type claims.
    public func claims(in d: Document) -> [Claim] {
        let mentions = finder.mentions(in: d)
        var claims = mentions.map { m -> Claim in
            let bytes = d.byteRange(tokens: m.tokens)
            return Claim(bytes: bytes, kind: .mention, key: entities[m.entity].name, written: d.string(bytes), normalized: entities[m.entity].name)
        }
        for s in types.statements(in: d, mentions: mentions) {
            let bytes = d.byteRange(tokens: s.tokens)
            claims.append(Claim(bytes: bytes, kind: .type, key: entities[s.mention.entity].name, written: d.string(bytes),
                                normalized: s.phrase.text.lowercased()))
        }
        return claims
    }
}

extension QuotesRule: ClaimSource {
    /// Quotation claims: keyed by the speaker the attribution names (`QuoteSpeaker`), else
    /// "quotation"; the words, lowercased, as the drift check compares them.
    public func claims(in d: Document) -> [Claim] {
        let quotations = Quotations.find(in: d)
        return zip(quotations, QuoteSpeaker.speakers(of: quotations, in: d)).map { q, speaker in
            let words = q.tokens.filter { d.tokens[$0].kind != .punct }.map { d.string(token: $0).lowercased() }
            return Claim(bytes: q.bytes, kind: .quotation, key: speaker ?? "quotation",
                         written: d.string(q.bytes), normalized: words.joined(separator: " "))
        }
    }
}
