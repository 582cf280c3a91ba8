/// The articles' figures grouped by unit and value, so a value one article gives where
/// others give another can be found (see `MeasuresRule`).
struct FigureVotes {
    struct Item {
        var article: Int
        var figure: StatedFigure
        /// The figure's context words as ids into `isCommon`, sorted: compared without Strings.
        var words: [Int32] = []
    }

    /// One stated value, whatever its hedge: "up to $400bn" and "over $400bn" both state 400bn.
    /// (Agreement in the looser sense — a plain figure inside a bound — only excuses an outlier.)
    static func sameValue(_ a: Quantity, _ b: Quantity, _ tolerance: Tolerance) -> Bool {
        tolerance.close(a.value, b.value) && tolerance.close(a.upper, b.upper)
    }

    /// Agreement that excuses an outlier: the same stated value, or a plain figure inside the
    /// other's bound ("$420bn" and "over $400bn"). Two bounds compare by their stated values:
    /// "up to $490bn" does not agree with "over $400bn".
    static func agrees(_ a: Quantity, _ b: Quantity, _ tolerance: Tolerance) -> Bool {
        if sameValue(a, b, tolerance) { return true }
        func plain(_ q: Quantity) -> Bool { q.qualifier == .exact || q.qualifier == .approximate }
        if plain(a) && !plain(b) { return b.interval.contains(a.value) }
        if plain(b) && !plain(a) { return a.interval.contains(b.value) }
        return false
    }

    /// Items of one unit that state the class's first item's value.
    struct ValueClass {
        var items: [Item]
        var articles: Set<Int>
        var representative: StatedFigure { items[0].figure }
    }

    struct Outlier {
        var figure: StatedFigure
        var majority: StatedFigure
        /// Other articles that give the majority value in a matching context.
        var articles: Int
        var witnesses: [StatedFigure]
        var shared: [String]
    }

    /// Value classes per unit, units in a fixed order.
    var groups: [[ValueClass]] = []
    /// Context words around more than one figure in `commonShare` (and at least `minCommon`).
    var common: Set<String> = []
    /// Per context word id, whether it is in `common`.
    var isCommon: [Bool] = []
    static let commonShare = 8, minCommon = 8
    /// Counts and ordinals by number: "the 54th minute" and "on 54" give one value.
    var plainNumbers: [Double: [Item]] = [:]
    let tolerance: Tolerance
    let minArticles: Int
    /// Established values compared per unit: the most-given ones (a noisy corpus stays linear).
    static let maxEstablished = 64
    /// How far apart an outlier and the majority may be and still be one quantity.
    static let maxRatio = 5.0
    /// Items kept per article in a class, for context matching.
    static let itemsPerArticle = 3

    init(_ evidence: [[StatedFigure]], tolerance: Tolerance, minArticles: Int) {
        self.tolerance = tolerance
        self.minArticles = minArticles
        var byUnit: [String: [Item]] = [:]
        var ids: [String: Int32] = [:]
        var frequency: [Int] = [] // per word id: figures it is around
        var stated = 0
        for (a, figures) in evidence.enumerated() {
            for f in figures where !f.framed {
                stated += 1
                let words = f.context.map { w in
                    let id = ids[w] ?? Int32(ids.count)
                    if id == frequency.count { ids[w] = id; frequency.append(0) }
                    frequency[Int(id)] += 1
                    return id
                }
                byUnit[f.quantity.unit.description, default: []].append(Item(article: a, figure: f, words: words.sorted()))
                if f.quantity.unit == .count || f.quantity.unit == .ordinal { plainNumbers[f.quantity.value, default: []].append(Item(article: a, figure: f)) }
            }
        }
        // Words around a large share of the corpus's figures (the company, the event) say
        // little about which quantity a figure is: they count half.
        isCommon = frequency.map { $0 >= FigureVotes.minCommon && $0 * FigureVotes.commonShare > stated }
        common = Set(ids.filter { isCommon[Int($0.value)] }.keys)
        for unit in byUnit.keys.sorted() {
            let items = byUnit[unit]!.sorted { ($0.figure.quantity.value, $0.article) < ($1.figure.quantity.value, $1.article) }
            var classes: [ValueClass] = []
            var kept: [Int: Int] = [:] // items the last class holds, per article (no rescan per item)
            for item in items {
                if let last = classes.indices.last, FigureVotes.sameValue(classes[last].representative.quantity, item.figure.quantity, tolerance) {
                    classes[last].articles.insert(item.article)
                    if kept[item.article, default: 0] < FigureVotes.itemsPerArticle {
                        classes[last].items.append(item)
                        kept[item.article, default: 0] += 1
                    }
                } else {
                    classes.append(ValueClass(items: [item], articles: [item.article]))
                    kept = [item.article: 1]
                }
            }
            groups.append(classes)
        }
    }

    func outliers(minShared: Int) -> [Outlier] {
        var found: [Outlier] = []
        for classes in groups {
            let established = classes.indices.filter { classes[$0].articles.count >= minArticles }
                .sorted { (classes[$0].articles.count, $1) > (classes[$1].articles.count, $0) }
                .prefix(FigureVotes.maxEstablished)
            guard !established.isEmpty else { continue }
            var headValues: [String: Int] = [:]
            for cls in classes {
                for key in Set(cls.items.compactMap { FigureVotes.headKey($0.figure) }) { headValues[key, default: 0] += 1 }
            }
            for c in classes.indices where classes[c].articles.count == 1 {
                let value = classes[c].representative.quantity
                if established.contains(where: { FigureVotes.agrees(classes[$0].representative.quantity, value, tolerance) }) { continue }
                if givenElsewhere(classes[c].items[0], minShared: minShared) { continue }
                for item in classes[c].items {
                    if let outlier = judge(item, against: established.map { classes[$0] }, headValues: headValues, minShared: minShared) { found.append(outlier) }
                }
            }
        }
        return found
    }

    /// Whether `other` can speak about the quantity `figure` states: the same role, and no
    /// other head noun ("64 rescuers" says nothing about "23 people").
    static func sameKind(_ figure: StatedFigure, _ other: StatedFigure) -> Bool {
        guard figure.role == other.role, let head = figure.head else { return figure.role == other.role }
        if other.head == head { return true }
        if other.head != nil { return false }
        return !figure.counts || other.context.contains(head)
    }

    static func headKey(_ f: StatedFigure) -> String? { f.head.map { f.role.rawValue + " " + $0 } }

    /// Whether `other` counts the very noun `figure` counts.
    static func sameHead(_ figure: StatedFigure, _ other: StatedFigure) -> Bool {
        figure.role == other.role && figure.head != nil && figure.head == other.head
    }

    /// The one established value whose articles match the item's context, if exactly one does.
    /// A figure with a head noun that only one established value shares ("46 rescuers" where
    /// the others write "64 rescuers" and no other value is of rescuers) is matched by the
    /// head alone.
    /// `headValues`: per role and head noun, how many value classes count that noun.
    func judge(_ item: Item, against established: [ValueClass], headValues: [String: Int], minShared: Int) -> Outlier? {
        var matches: [(ValueClass, [StatedFigure], [String])] = []
        var byHead: [(ValueClass, [StatedFigure], [String])] = []
        var ownArticle: Set<SourceLocation> = []
        for e in established {
            var witnesses: [Int: (StatedFigure, [String])] = [:]
            var headWitnesses: [Int: (StatedFigure, [String])] = [:]
            // By index, weighed before any array is made: most pairs share too little.
            for index in e.items.indices where FigureVotes.sameKind(item.figure, e.items[index].figure) {
                let strong = sharedWeight(item.words, e.items[index].words) >= Double(minShared)
                let head = FigureVotes.sameHead(item.figure, e.items[index].figure)
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
        }
        if matches.count > 1 {
            // Several values in the same words ("14 shots to Redmarsh's nine"): the one that
            // counts the same noun, if only one does.
            let counted = matches.filter { m in byHead.contains { $0.0.representative.location == m.0.representative.location } }
            matches = counted.count == 1 ? counted : matches
        } else if matches.isEmpty, byHead.count == 1 {
            // The head alone decides only when every other article that counts this noun gives one value.
            // The item's own class counts the noun too.
            if let key = FigureVotes.headKey(item.figure), headValues[key] == 2 { matches = byHead }
        }
        guard matches.count == 1, let (e, witnesses, shared) = matches.first, !ownArticle.contains(e.representative.location) else { return nil }
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

    /// Another article gives the same number in the same words as a count where this one
    /// gives an ordinal, or the reverse ("on 54" and "in the 54th minute").
    func givenElsewhere(_ item: Item, minShared: Int) -> Bool {
        let q = item.figure.quantity
        guard q.unit == .count || q.unit == .ordinal, let same = plainNumbers[q.value] else { return false }
        return same.contains { $0.article != item.article && $0.figure.quantity.unit != q.unit
            && FigureVotes.sharedWords(item.figure.context, $0.figure.context).count >= minShared }
    }

    /// Shared words, the corpus's common words counting half.
    func weight(_ shared: [String]) -> Double {
        shared.reduce(0) { $0 + (common.contains($1) ? 0.5 : 1) }
    }

    /// `weight(sharedWords(...))` of two items' word ids, with no String compared.
    func sharedWeight(_ a: [Int32], _ b: [Int32]) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                total += isCommon[Int(a[i])] ? 0.5 : 1
                i += 1; j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return total
    }

    static func sharedWords(_ a: [String], _ b: [String]) -> [String] {
        var i = 0, j = 0, out: [String] = []
        while i < a.count && j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }
}
