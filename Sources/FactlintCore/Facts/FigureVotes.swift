/// The articles' figures grouped by unit and value, so a value one article gives where
/// others give another can be found (see `MeasuresRule`).
struct FigureVotes {
    struct Item {
        var article: Int
        var figure: StatedFigure
        /// The figure's context words as ids into `isCommon`, sorted: compared without Strings.
        var words: [Int32] = []
        /// The figure's head as an id of the same table (-1: none), its role and whether it
        /// counts its head: what the pairwise loops test, read without copying the figure.
        var head: Int32 = -1
        var role: Quantity.Role
        var counts: Bool

        init(article: Int, figure: StatedFigure, words: [Int32] = [], head: Int32 = -1) {
            self.article = article
            self.figure = figure
            self.words = words
            self.head = head
            role = figure.role
            counts = figure.counts
        }

        var key: Key { Key(article: article, words: words, head: head, role: role, counts: counts) }
    }

    /// What the pairwise loops compare of an item, without its figure (copying a figure in
    /// those loops was most of the vote's cost).
    struct Key {
        var article: Int
        var words: [Int32]
        var head: Int32
        var role: Quantity.Role
        var counts: Bool
    }

    /// One stated value, whatever its hedge: "up to $400bn" and "over $400bn" both state 400bn.
    /// (Agreement in the looser sense — a plain figure inside a bound — only excuses an outlier.)
    /// A hedge widens by the precision it is written with: "about 40,000" holds 40,500.
    static func sameValue(_ a: Quantity, _ b: Quantity, _ tolerance: Tolerance) -> Bool {
        // Figures of one unit (as all in a group are) without a hedge: the values as written.
        guard a.qualifier == .approximate || b.qualifier == .approximate else {
            // Written in one unit to one precision of four digits or more ("7,551" and "7,557",
            // "2:05:51" and "2:05:57"), two values differ by what they say: there is no rounding
            // or conversion to absorb. Shorter figures keep the tolerance: splitting every near
            // value into a class of its own cost the vote an eighth of a large run.
            if a.unit == b.unit && a.step == b.step && a.hasMagnitude == b.hasMagnitude && a.value != b.value
                && abs(a.value) >= 1_000 * a.step { return false }
            return tolerance.close(a.value, b.value) && tolerance.close(a.upper, b.upper)
        }
        let slack = a.slack(against: b) + b.slack(against: a)
        return tolerance.close(a.base, b.base, slack: slack) && tolerance.close(a.baseUpper, b.baseUpper, slack: slack)
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
        /// The items' keys, in the same order.
        var keys: [Key]
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

    /// Framed figures ("up from €205bn") per article and sentence: kept out of the vote, but
    /// a sentence that gives the majority's value as an earlier one is no contradiction.
    var framedBySentence: [SentenceKey: [Quantity]] = [:]
    struct SentenceKey: Hashable { var article: Int, sentence: Int }

    /// Value classes per unit, units in a fixed order.
    var groups: [[ValueClass]] = []
    /// Per context word id: around more than one figure in `commonShare` (and at least
    /// `minCommon`), so it says little about which quantity a figure is.
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
            for f in figures where f.framed { framedBySentence[SentenceKey(article: a, sentence: f.sentence), default: []].append(f.quantity) }
            for f in figures where !f.framed {
                stated += 1
                func intern(_ w: String) -> Int32 {
                    if let id = ids[w] { return id }
                    let id = Int32(ids.count)
                    ids[w] = id; frequency.append(0)
                    return id
                }
                let words = f.context.map { w in
                    let id = intern(w)
                    frequency[Int(id)] += 1
                    return id
                }
                let head = f.head.map(intern) ?? -1
                byUnit[f.quantity.unit.description, default: []].append(Item(article: a, figure: f, words: words.sorted(), head: head))
                if f.quantity.unit == .count || f.quantity.unit == .ordinal { plainNumbers[f.quantity.value, default: []].append(Item(article: a, figure: f)) }
            }
        }
        // A bare "$" is read as US dollars, but a Canadian or Australian story writes its own
        // dollars so too: it also votes with every other dollar the corpus names.
        let dollars = Set(Currencies.dollarPrefixes.values).subtracting(["USD", "BRL"]) // R$ is the real
        for code in byUnit.keys.sorted() where dollars.contains(code) {
            for item in byUnit["USD"] ?? [] where item.figure.written.hasPrefix("$") {
                var figure = item.figure
                figure.quantity.unit = .money(code)
                byUnit[code, default: []].append(Item(article: item.article, figure: figure, words: item.words, head: item.head))
            }
        }
        FigureVotes.assumeCorpusScale(&byUnit, tolerance: tolerance)
        // Words around a large share of the corpus's figures (the company, the event) say
        // little about which quantity a figure is: they count half.
        isCommon = frequency.map { $0 >= FigureVotes.minCommon && $0 * FigureVotes.commonShare > stated }
        for unit in byUnit.keys.sorted() {
            // Sorted by index on plain keys (the same order a sort of the items gives, without
            // moving whole items through the sort).
            let unsorted = byUnit[unit]!
            let keys = unsorted.map { ($0.figure.quantity.value, $0.article) }
            let items = unsorted.indices.sorted { keys[$0] < keys[$1] }.map { unsorted[$0] }
            var classes: [ValueClass] = []
            var kept: [Int: Int] = [:] // items the last class holds, per article (no rescan per item)
            for item in items {
                if let last = classes.indices.last, FigureVotes.sameValue(classes[last].representative.quantity, item.figure.quantity, tolerance) {
                    classes[last].articles.insert(item.article)
                    if kept[item.article, default: 0] < FigureVotes.itemsPerArticle {
                        classes[last].items.append(item)
                        classes[last].keys.append(item.key)
                        kept[item.article, default: 0] += 1
                    }
                } else {
                    classes.append(ValueClass(items: [item], articles: [item.article], keys: [item.key]))
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
            var headValues: [String: [Quantity]] = [:]
            for cls in classes {
                for key in Set(cls.items.compactMap { FigureVotes.headKey($0.figure) }) { headValues[key, default: []].append(cls.representative.quantity) }
            }
            for c in classes.indices where classes[c].articles.count == 1 {
                if established.contains(where: { excuses(classes[$0], classes[c].items[0], minShared: minShared) }) { continue }
                if givenElsewhere(classes[c].items[0], minShared: minShared) { continue }
                for item in classes[c].items {
                    if let outlier = judge(item, against: established.map { classes[$0] }, headValues: headValues, minShared: minShared) { found.append(outlier) }
                }
            }
            // A count is keyed by its noun: "four firefighters" is alone in its value even where
            // other articles give four of something else.
            for c in classes.indices where classes[c].articles.count > 1 {
                // Only where another value of the noun is one it could be a slip for (its own
                // class is one): a value other articles give is judged only on such evidence.
                for item in classes[c].items where item.figure.counts
                    && !classes[c].items.contains(where: { $0.article != item.article && FigureVotes.sameHead(item.key, $0.key) })
                    && (FigureVotes.headKey(item.figure).flatMap { headValues[$0] }?.filter { FigureSlip.mistakable(item.figure.quantity, for: $0) }.count ?? 0) >= 2 {
                    let others = established.filter { $0 != c }
                    if others.contains(where: { excuses(classes[$0], item, minShared: minShared, sameQuantityOnly: true) }) { continue }
                    if givenElsewhere(item, minShared: minShared) { continue }
                    if let outlier = judge(item, against: others.map { classes[$0] }, headValues: headValues, minShared: minShared) { found.append(outlier) }
                }
            }
        }
        // A bare "$" figure votes in two groups: report it once.
        var seen: Set<SourceLocation> = []
        return found.filter { seen.insert($0.figure.location).inserted }
    }

    /// Whether `other` can speak about the quantity `figure` states: the same role, and no
    /// other head noun ("64 rescuers" says nothing about "23 people").
    /// `stated`: a plain stated figure may speak for a per-item one.
    static func sameKind(_ figure: Key, _ other: Key, stated: Bool = false) -> Bool {
        let role = figure.role == other.role || (stated && figure.role == .perItem && other.role == .stated)
        guard role, figure.head >= 0 else { return role }
        if other.head == figure.head { return true }
        if other.head >= 0 { return false }
        return !figure.counts || other.words.contains(figure.head)
    }

    static func headKey(_ f: StatedFigure) -> String? { f.head.map { f.role.rawValue + " " + $0 } }

    /// Whether `other` counts the very noun `figure` counts.
    static func sameHead(_ figure: Key, _ other: Key) -> Bool {
        figure.role == other.role && figure.head >= 0 && figure.head == other.head
    }

    /// Whether an established value agrees with the item's, so the item is no outlier: the same
    /// value; a bound that holds it ("more than 500 people" and "512 people"); or two lower
    /// bounds, which never contradict ("more than 60 aftershocks" on Tuesday, "more than 150"
    /// by Thursday: a running tally). Only a bound given for the same quantity counts: "the
    /// toll reached at least 41" near the word "rescuers" does not hold "46 rescuers".
    /// `sameQuantityOnly`: the same value excuses only when given for the same quantity too.
    func excuses(_ established: ValueClass, _ item: Item, minShared: Int, sameQuantityOnly: Bool = false) -> Bool {
        let value = item.figure.quantity, other = established.representative.quantity
        if !sameQuantityOnly, FigureVotes.sameValue(other, value, tolerance) { return true }
        guard FigureVotes.agrees(other, value, tolerance) || (other.qualifier == .atLeast && value.qualifier == .atLeast) else { return false }
        // A bound far below or above the figure ("at least 41 killed" and "injured 321") says
        // nothing about it.
        if value.qualifier != .atLeast || other.qualifier != .atLeast,
           max(abs(value.value), abs(other.value)) > FigureVotes.maxRatio * max(min(abs(value.value), abs(other.value)), 1e-9) { return false }
        return established.items.contains { e in
            // A figure that counts a noun is held only by a figure of that noun.
            FigureVotes.sameHead(item.key, e.key) || (!item.counts && FigureVotes.sameKind(item.key, e.key)
                && sharedWeight(item.words, e.words) >= Double(minShared))
        }
    }

    /// Another article gives the same number in the same words as a count where this one
    /// gives an ordinal, or the reverse ("on 54" and "in the 54th minute").
    func givenElsewhere(_ item: Item, minShared: Int) -> Bool {
        let q = item.figure.quantity
        guard q.unit == .count || q.unit == .ordinal, let same = plainNumbers[q.value] else { return false }
        return same.contains { $0.article != item.article && $0.figure.quantity.unit != q.unit
            && FigureVotes.sharedWords(item.figure.context, $0.figure.context).count >= minShared }
    }

    /// The words two items share, by id, the corpus's common words counting half.
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
