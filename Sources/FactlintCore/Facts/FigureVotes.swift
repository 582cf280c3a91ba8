/// The articles' figures grouped by unit and value, so a value one article gives where
/// others give another can be found (see `MeasuresRule`).
struct FigureVotes {
    struct Item { var article: Int; var figure: StatedFigure }

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
        for (a, figures) in evidence.enumerated() {
            for f in figures where !f.framed { byUnit[f.quantity.unit.description, default: []].append(Item(article: a, figure: f)) }
        }
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
            for c in classes.indices where classes[c].articles.count == 1 {
                let value = classes[c].representative.quantity
                if established.contains(where: { FigureVotes.agrees(classes[$0].representative.quantity, value, tolerance) }) { continue }
                for item in classes[c].items {
                    if let outlier = judge(item, against: established.map { classes[$0] }, minShared: minShared) { found.append(outlier) }
                }
            }
        }
        return found
    }

    /// The one established value whose articles match the item's context, if exactly one does.
    func judge(_ item: Item, against established: [ValueClass], minShared: Int) -> Outlier? {
        var matches: [(ValueClass, [StatedFigure], [String])] = []
        for e in established {
            var witnesses: [Int: (StatedFigure, [String])] = [:]
            for other in e.items {
                // Counted first: most pairs share too little to be worth an array.
                guard FigureVotes.sharedCount(item.figure.context, other.figure.context, atLeast: minShared) else { continue }
                let shared = FigureVotes.sharedWords(item.figure.context, other.figure.context)
                if other.article == item.article { return nil } // its own article gives the majority value there too
                if (witnesses[other.article]?.1.count ?? -1) < shared.count { witnesses[other.article] = (other.figure, shared) }
            }
            if witnesses.count >= minArticles {
                let ordered = witnesses.keys.sorted().map { witnesses[$0]! }
                matches.append((e, ordered.map(\.0), ordered.max { $0.1.count < $1.1.count }!.1))
            }
        }
        guard matches.count == 1, let (e, witnesses, shared) = matches.first else { return nil }
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

    /// Whether sorted `a` and `b` share at least `minimum` words; stops once they cannot.
    static func sharedCount(_ a: [String], _ b: [String], atLeast minimum: Int) -> Bool {
        var i = 0, j = 0, n = 0
        while n < minimum && i < a.count && j < b.count && min(a.count - i, b.count - j) >= minimum - n {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n >= minimum
    }

    static func sharedWords(_ a: [String], _ b: [String]) -> [String] {
        var i = 0, j = 0, out: [String] = []
        while i < a.count && j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }
}
