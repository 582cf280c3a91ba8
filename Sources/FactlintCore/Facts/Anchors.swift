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

    /// The facts anchored nearest to `span`, with the distance in words (same sentence only).
    /// `hits` must be in text order.
    public func nearest(to span: Range<Int>, hits: [Hit], in document: Document,
                        accept: (Int) -> Bool = { _ in true }) -> (fact: Int, distance: Int)? {
        let sentence = document.sentences[document.sentenceIndex(ofToken: span.lowerBound)].tokens
        var best: (fact: Int, distance: Int)? = nil
        var low = 0, high = hits.count
        while low < high { // first hit that could be in the sentence
            let mid = (low + high) / 2
            if hits[mid].tokens.upperBound <= sentence.lowerBound { low = mid + 1 } else { high = mid }
        }
        for hit in hits[low...] {
            if hit.tokens.lowerBound >= sentence.upperBound { break }
            guard hit.tokens.lowerBound >= sentence.lowerBound, hit.tokens.upperBound <= sentence.upperBound else { continue }
            let gap = hit.tokens.upperBound <= span.lowerBound ? hit.tokens.upperBound..<span.lowerBound
                : span.upperBound <= hit.tokens.lowerBound ? span.upperBound..<hit.tokens.lowerBound : 0..<0
            let distance = document.tokens[gap].lazy.filter { $0.kind != .punct }.count
            guard distance <= window else { continue }
            for fact in hit.facts where accept(fact) {
                if best == nil || distance < best!.distance { best = (fact, distance) }
            }
        }
        return best
    }
}
