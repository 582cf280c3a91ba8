/// Phrases that tie a figure or a date to a fact: found in a document once, then asked
/// "which fact has an anchor within `window` words of these tokens, in the same sentence?"
public struct Anchors: Sendable {
    private var matcher = PhraseMatcher()
    public let window: Int

    public init(window: Int) { self.window = window }

    /// Adds an anchor phrase (and its inflections) for fact `fact`.
    public mutating func add(_ phrase: String, fact: Int, lexicon: inout Lexicon) {
        for form in WordForms.phraseForms(of: phrase) { matcher.add(form, payload: fact, lexicon: &lexicon) }
    }

    /// An anchor occurrence: its tokens and the facts it names.
    public struct Hit: Sendable {
        public var tokens: Range<Int>
        public var facts: [Int]
    }

    public func hits(in document: Document) -> [Hit] {
        matcher.matches(document.tokens).map { Hit(tokens: $0.tokens, facts: $0.payloads) }
    }

    /// The tokens within `window` words (punctuation not counted) of an anchor, in its
    /// sentence: the span a figure or date must start in. Its cost is bounded by the window.
    static func reach(of anchor: Range<Int>, within window: Int, in sentence: Range<Int>, tokens: [Token]) -> Range<Int> {
        var low = anchor.lowerBound, words = 0
        while low > sentence.lowerBound && words <= window {
            low -= 1
            if tokens[low].kind != .punct { words += 1 }
        }
        var high = anchor.upperBound
        words = 0
        while high < sentence.upperBound && words <= window {
            if tokens[high].kind != .punct { words += 1 }
            high += 1
        }
        return low..<high
    }

    /// Binds candidates (figures, dates) to facts: each anchor occurrence claims, for each of
    /// its facts, the nearest acceptable candidate in its sentence within `window` words.
    /// A candidate claimed for several facts goes to the nearest anchor. Returns, per
    /// candidate index, the fact it is bound to (absent: unbound). Candidates must be in
    /// text order and not overlap.
    public func bind(_ candidates: [Range<Int>], hits: [Hit], in document: Document,
                     accept: (_ candidate: Int, _ fact: Int) -> Bool = { _, _ in true }) -> [Int: Int] {
        guard !candidates.isEmpty, !hits.isEmpty else { return [:] }
        let tokens = document.tokens
        var best: [Int: (fact: Int, distance: Int)] = [:]
        for hit in hits {
            let sentence = document.sentences[document.sentenceIndex(ofToken: hit.tokens.lowerBound)].tokens
            let reach = Anchors.reach(of: hit.tokens, within: window, in: sentence, tokens: tokens)
            let (low, high) = (reach.lowerBound, reach.upperBound)
            // First candidate that ends after `low` (binary search), then scan to `high`.
            var first = 0, last = candidates.count
            while first < last {
                let mid = (first + last) / 2
                if candidates[mid].upperBound <= low { first = mid + 1 } else { last = mid }
            }
            for fact in hit.facts {
                var nearest: (candidate: Int, distance: Int)? = nil
                var c = first
                while c < candidates.count && candidates[c].lowerBound < high {
                    if candidates[c].lowerBound >= sentence.lowerBound && candidates[c].upperBound <= sentence.upperBound {
                        let d = distance(candidates[c], hit.tokens, document)
                        if d <= window, accept(c, fact), nearest == nil || d < nearest!.distance { nearest = (c, d) }
                    }
                    c += 1
                }
                if let n = nearest, best[n.candidate] == nil || n.distance < best[n.candidate]!.distance {
                    best[n.candidate] = (fact, n.distance)
                }
            }
        }
        return best.mapValues(\.fact)
    }

    /// Words (not punctuation) between two token ranges; 0 when they touch or overlap.
    private func distance(_ a: Range<Int>, _ b: Range<Int>, _ document: Document) -> Int {
        let gap = a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound
            : b.upperBound <= a.lowerBound ? b.upperBound..<a.lowerBound : 0..<0
        var words = 0
        for k in gap where document.tokens[k].kind != .punct { words += 1 }
        return words
    }
}
