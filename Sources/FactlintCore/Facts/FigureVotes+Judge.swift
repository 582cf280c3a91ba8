/// Judging one figure that a single article gives: which established value, if any, the
/// articles give in its words (its context, its counted noun, or a slip of its digits).
extension FigureVotes {
    /// Whether `witness` names another subject in its own clause and one of `names` in another
    /// clause of its sentence.
    static func setsApart(_ witness: StatedFigure, _ names: [String]) -> Bool {
        !witness.names.isEmpty && sharedWords(witness.names, names).isEmpty && !sharedWords(witness.namesElsewhere, names).isEmpty
    }

    /// The one established value whose articles match the item's context, if exactly one does.
    /// A figure with a head noun that only one established value shares ("46 rescuers" where
    /// the others write "64 rescuers" and no other value is of rescuers) is matched by the
    /// head alone.
    /// `headValues`: per role and head noun, the values of the classes that count that noun.
    func judge(_ item: Item, against established: [ValueClass], headValues: [String: [Quantity]], minShared: Int) -> Outlier? {
        var matches: [(ValueClass, [StatedFigure], [String])] = []
        var byHead: [(ValueClass, [StatedFigure], [String])] = []
        var slips: [(ValueClass, [StatedFigure], [String])] = []
        var ownArticle: Set<SourceLocation> = []
        for e in established {
            var witnesses: [Int: (StatedFigure, [String])] = [:]
            var headWitnesses: [Int: (StatedFigure, [String])] = [:]
            var weakWitnesses: [Int: (StatedFigure, [String])] = [:]
            // One word in common is enough when more articles than a majority needs give the value
            // and the figure is a slip in two or more digits ("$421 million in interest" for 412;
            // not a score, "2-0" for "3-1").
            let q = item.figure.quantity, m = e.representative.quantity
            let slip = q.qualifier != .range && m.qualifier != .range
                && FigureSlip.significantDigits(q.value).count >= 2 && FigureSlip.digitSlip(q, for: m)
            // A plain figure speaks for a per-item one ("takes 3.5 hours" for "3.5 hours per car")
            // once another article gives this value per item in the same words.
            let perItem = item.figure.role == .perItem && e.items.contains { other in
                other.article != item.article && FigureVotes.sameKind(item.key, other.key)
                    && sharedWeight(item.words, other.words) >= Double(minShared)
            }
            // By index, weighed on the keys before any array is made: most pairs share too little.
            let key = item.key
            for index in e.keys.indices where FigureVotes.sameKind(key, e.keys[index], stated: perItem) {
                let w = sharedWeight(key.words, e.keys[index].words)
                let strong = w >= Double(minShared)
                let head = FigureVotes.sameHead(key, e.keys[index])
                let weak = slip && e.keys[index].article != item.article && w >= 1
                guard strong || head || weak else { continue }
                if weak {
                    let other = e.items[index]
                    let shared = FigureVotes.sharedWords(item.figure.context, other.figure.context)
                    if (weakWitnesses[other.article]?.1.count ?? -1) < shared.count { weakWitnesses[other.article] = (other.figure, shared) }
                }
                guard strong || head else { continue }
                let other = e.items[index]
                let shared = FigureVotes.sharedWords(item.figure.context, other.figure.context)
                if other.article == item.article {
                    // Its own article gives this value in these words too; in the same sentence,
                    // a value without the figure's head is another quantity ("14 shots to their nine").
                    if other.figure.sentence != item.figure.sentence || other.figure.head == item.figure.head { ownArticle.insert(e.representative.location) }
                    continue
                }
                if strong, (witnesses[other.article]?.1.count ?? -1) < shared.count { witnesses[other.article] = (other.figure, shared) }
                if head, (headWitnesses[other.article]?.1.count ?? -1) < shared.count { headWitnesses[other.article] = (other.figure, shared) }
            }
            func ordered(_ w: [Int: (StatedFigure, [String])]) -> (ValueClass, [StatedFigure], [String]) {
                let o = w.keys.sorted().map { w[$0]! }
                return (e, o.map(\.0), o.max { $0.1.count < $1.1.count }!.1)
            }
            if witnesses.count >= minArticles { matches.append(ordered(witnesses)) }
            // By head, at least one article must also match by context.
            if headWitnesses.count >= minArticles, !witnesses.isEmpty { byHead.append(ordered(headWitnesses)) }
            if slip, weakWitnesses.count > minArticles {
                slips.append(ordered(weakWitnesses))
            }
        }
        if matches.count > 1 {
            // Several values in the same words ("14 shots to Redmarsh's nine"): the one that
            // counts the same noun, if only one does.
            let counted = matches.filter { m in byHead.contains { $0.0.representative.location == m.0.representative.location } }
            matches = counted.count == 1 ? counted : matches
            // Else the one value the figure is a slip in two or more digits of ("killed 41 people
            // and injured 321", where the others write 41 and 312).
            let q = item.figure.quantity
            let slipped = matches.filter { m in
                FigureSlip.significantDigits(q.value).count >= 2 && FigureSlip.digitSlip(q, for: m.0.representative.quantity)
            }
            if matches.count > 1, slipped.count == 1 { matches = slipped }
        } else if matches.isEmpty, byHead.count == 1 {
            // The head alone decides only when the articles that count this noun give one value
            // the figure could be a slip for (digits swapped, one off, within a quarter): "four
            // firefighters injured" against "three", whatever else counts firefighters ("64
            // firefighters from abroad"). The item's own class counts the noun too.
            let q = item.figure.quantity
            if let key = FigureVotes.headKey(item.figure), let values = headValues[key],
               values.filter({ FigureSlip.mistakable(q, for: $0) }).count == 2,
               FigureSlip.mistakable(q, for: byHead[0].0.representative.quantity) { matches = byHead }
        }
        if matches.isEmpty, byHead.isEmpty, slips.count == 1 { matches = slips }
        guard matches.count == 1, let (e, witnesses, shared) = matches.first, !ownArticle.contains(e.representative.location) else { return nil }
        // "€238bn today, up from the €205bn of 2026": the article gives the majority's value as
        // another time's, so its own figure is of another time too.
        if let framed = framedBySentence[SentenceKey(article: item.article, sentence: item.figure.sentence)],
           framed.contains(where: { $0.unit.compatible(with: e.representative.quantity.unit) && FigureVotes.sameValue($0, e.representative.quantity, tolerance) }) {
            return nil
        }
        // Articles that give the value of another named subject and name the figure's own in
        // the same sentence apart from it ("X marks its 150th, while Y marks its 100th") speak
        // of X; they do not contradict what the figure says of Y.
        if !item.figure.names.isEmpty,
           witnesses.filter({ !FigureVotes.setsApart($0, item.figure.names) }).count < minArticles { return nil }
        let q = item.figure.quantity, m = e.representative.quantity
        // "$550" against "$550 billion" is a missing magnitude, the `figures` check's.
        if q.hasMagnitude != m.hasMagnitude && q.mantissa == m.mantissa { return nil }
        // Values far apart measure different things (a share price and a market value), unless
        // the same number took another magnitude ("$4.9 million" for "$4.9 billion").
        let ratio = max(abs(q.value), abs(m.value)) / max(min(abs(q.value), abs(m.value)), 1e-9)
        if ratio > FigureVotes.maxRatio && q.mantissa != m.mantissa { return nil }
        return Outlier(figure: item.figure, majority: e.representative, articles: witnesses.count,
                       witnesses: Array(witnesses.prefix(3)), shared: shared)
    }
}
