/// Compares quotations across articles.
///
/// Candidate pairs come from an index of three-word shingles (a shingle found in more
/// than `maxPostings` quotations is too common to be evidence), so the work grows with
/// the number of quotations, not its square. Each candidate pair is aligned locally: the
/// shared shingles locate the shorter quotation inside the longer one, and a capped word
/// diff compares that window. Words before the first and after the last match are a
/// fragment (an excerpt), not a difference.
struct QuoteMatcher {
    struct Quote {
        var words: [Int32]
        var path: String
    }

    /// One difference between two aligned quotations: word ranges in each.
    struct Difference: Equatable {
        var here: Range<Int>
        var other: Range<Int>
    }

    struct Alignment {
        var matched: Int
        var differences: [Difference]
        /// The aligned part of each quotation, changes at its edges included (the rest is excerpting).
        var span = Difference(here: 0..<0, other: 0..<0)

        /// The first three differences in words ("x" is missing; "y" is added; "a" where
        /// `otherName` has "b"), then how many more: both quote messages read alike.
        func described(here: (Range<Int>) -> String, other: (Range<Int>) -> String, otherName: String) -> String {
            let parts = differences.prefix(3).map { d -> String in
                if d.here.isEmpty { return "\(other(d.other)) is missing" }
                if d.other.isEmpty { return "\(here(d.here)) is added" }
                return "\(here(d.here)) where \(otherName) has \(other(d.other))"
            }
            return parts.joined(separator: "; ") + (differences.count > 3 ? "; and \(differences.count - 3) more" : "")
        }
    }

    static let shingle = 3
    static let maxPostings = 64
    /// Unmatched words at an end of the shorter quotation that still count as a change there.
    static let edgeWords = 3

    let minWords: Int
    let threshold: Double

    /// Pairs (i, j), i < j, of quotations in different articles that share shingles.
    func candidates(_ quotes: [Quote]) -> [(Int, Int)] {
        var postings: [UInt64: [Int]] = [:]
        for (q, quote) in quotes.enumerated() where quote.words.count >= Self.shingle {
            var seen = Set<UInt64>()
            for start in 0...(quote.words.count - Self.shingle) {
                let h = Self.hash(quote.words[start..<(start + Self.shingle)])
                if seen.insert(h).inserted { postings[h, default: []].append(q) }
            }
        }
        var shared: [Int: [Int: Int]] = [:]
        for list in postings.values where list.count > 1 && list.count <= Self.maxPostings {
            for a in 0..<list.count {
                for b in (a + 1)..<list.count where quotes[list[a]].path != quotes[list[b]].path {
                    shared[list[a], default: [:]][list[b], default: 0] += 1
                }
            }
        }
        var pairs: [(Int, Int)] = []
        for (i, others) in shared {
            for (j, count) in others where count >= 2 { pairs.append((i, j)) }
        }
        return pairs.sorted { $0 < $1 }
    }

    /// Aligns `a` against `b`; nil when they are not the same utterance.
    ///
    /// An excerpt (the shorter quotation found word for word in the longer) is no
    /// difference. Otherwise the matched words must cover at least half of the shorter
    /// quotation: two quotations sharing a stock phrase are not one. Up to
    /// `edgeWords` unmatched words at either end of the shorter quotation are a change
    /// there ("allies" for "friends" as the last word), not an excerpt.
    ///
    /// `content` tells, by word id, which words carry content (not "the", "we", "will"): at
    /// least half of the shorter quotation's content words must match, so a shared frame
    /// ("we will build a new … in the …") does not make two statements one.
    func align(_ a: [Int32], _ b: [Int32], content: [Bool] = []) -> Alignment? {
        let (short, long, flipped) = a.count <= b.count ? (a, b, false) : (b, a, true)
        if let start = occurrence(of: short, in: long) {
            let spans = (0..<short.count, start..<(start + short.count))
            return Alignment(matched: short.count, differences: [],
                             span: flipped ? Difference(here: spans.1, other: spans.0) : Difference(here: spans.0, other: spans.1))
        }
        guard let window = locate(short, in: long) else { return nil }
        let slice = Array(long[window])
        // More than a hundred edits is not one utterance drifting; the cap also bounds Myers' trace.
        guard let pairs = WordDiff.matches(short, slice, maxEdits: min(100, max(12, short.count / 2))), let first = pairs.first, let last = pairs.last else {
            return nil
        }
        let matched = pairs.count
        let region = last.0 - first.0 + 1
        guard matched >= minWords, Double(matched) >= threshold * Double(region), 2 * matched >= short.count else { return nil }
        if !content.isEmpty {
            func carries(_ w: Int32) -> Bool { Int(w) < content.count && content[Int(w)] }
            let total = short.reduce(0) { $0 + (carries($1) ? 1 : 0) }
            let shared = pairs.reduce(0) { $0 + (carries(short[$1.0]) ? 1 : 0) }
            guard 2 * shared >= total else { return nil }
        }
        var differences: [Difference] = []
        func add(_ s: Range<Int>, _ l: Range<Int>) {
            differences.append(flipped ? Difference(here: l, other: s) : Difference(here: s, other: l))
        }
        // The shorter quotation's first words unmatched: a change at the start when they are few.
        let head = first.0, longFirst = window.lowerBound + first.1
        if head > 0 && head <= Self.edgeWords { add(0..<head, max(0, longFirst - head)..<longFirst) }
        for k in 1..<pairs.count {
            let (i0, j0) = pairs[k - 1], (i1, j1) = pairs[k]
            if i1 - i0 > 1 || j1 - j0 > 1 {
                add((i0 + 1)..<i1, (window.lowerBound + j0 + 1)..<(window.lowerBound + j1))
            }
        }
        // And its last words: "… our allies" against "… our friends" is drift, not a shorter quote.
        let tail = short.count - 1 - last.0, longNext = window.lowerBound + last.1 + 1
        if tail > 0 && tail <= Self.edgeWords { add((last.0 + 1)..<short.count, longNext..<min(long.count, longNext + tail)) }
        let shortSpan = (head <= Self.edgeWords ? 0 : head)..<(tail <= Self.edgeWords ? short.count : last.0 + 1)
        let longSpan = (head <= Self.edgeWords ? max(0, longFirst - head) : longFirst)..<(tail <= Self.edgeWords ? min(long.count, longNext + tail) : longNext)
        return Alignment(matched: matched, differences: differences,
                         span: flipped ? Difference(here: longSpan, other: shortSpan) : Difference(here: shortSpan, other: longSpan))
    }

    /// Where `short` occurs in `long` word for word, if it does.
    private func occurrence(of short: [Int32], in long: [Int32]) -> Int? {
        guard !short.isEmpty, short.count <= long.count else { return nil }
        for start in 0...(long.count - short.count) where long[start] == short[0] {
            if long[start..<(start + short.count)].elementsEqual(short) { return start }
        }
        return nil
    }

    /// Where `short` sits in `long`: the median diagonal of shared shingles, widened.
    private func locate(_ short: [Int32], in long: [Int32]) -> Range<Int>? {
        guard short.count >= Self.shingle else { return nil }
        var positions: [UInt64: Int] = [:]
        for start in stride(from: long.count - Self.shingle, through: 0, by: -1) {
            positions[Self.hash(long[start..<(start + Self.shingle)])] = start
        }
        var diagonals: [Int] = []
        for start in 0...(short.count - Self.shingle) {
            if let j = positions[Self.hash(short[start..<(start + Self.shingle)])] { diagonals.append(j - start) }
        }
        guard !diagonals.isEmpty else { return nil }
        let d = diagonals.sorted()[diagonals.count / 2]
        let slack = 8 + short.count / 4
        return max(0, d - slack)..<min(long.count, d + short.count + slack)
    }

    static func hash(_ words: ArraySlice<Int32>) -> UInt64 {
        var h: UInt64 = 1_469_598_103_934_665_603
        for w in words { h = (h ^ UInt64(UInt32(bitPattern: w))) &* 1_099_511_628_211 }
        return h
    }
}

/// Union–find over quotation indices.
struct Clusters {
    private var parent: [Int]
    init(_ count: Int) { parent = Array(0..<count) }
    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }
    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
