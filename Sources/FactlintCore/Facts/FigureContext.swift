/// A figure as one article states it, with the words around it that say what it measures:
/// the content words of its clause ("Japanese", "companies", "investments"), stemmed, so
/// figures in different articles can be matched by what they are about, with no rules.
public struct StatedFigure: Sendable {
    var quantity: Quantity
    var written: String
    /// Stemmed content words near the figure, sorted, unique.
    var context: [String]
    /// Framed as a forecast, an earlier value or a comparison ("analysts had expected",
    /// "up from", "last year"): not a claim of the figure itself.
    var framed: Bool
    var location: SourceLocation
}

enum FigureContext {
    /// Words around a figure that say nothing about what it measures.
    static let stop: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "that", "which", "who", "this", "these", "those",
        "it", "its", "their", "his", "her", "they", "he", "she", "we", "our", "than", "up", "over", "about", "around",
        "some", "nearly", "almost", "more", "less", "least", "most", "also", "said", "says", "will", "would", "could",
        "can", "may", "not", "no", "into", "per", "each", "all", "both", "after", "before", "since", "while", "when",
        "where", "there", "here", "so", "such", "other", "another", "new", "year", "years", "billion", "million",
        "trillion", "thousand", "bn", "m", "percent", "per", "cent", "dollars", "dollar", "euros", "pounds", "yen",
    ]
    /// Words that frame a figure as something other than the claim itself.
    static let framing: Set<String> = [
        "expected", "expect", "expects", "forecast", "forecasts", "estimate", "estimated", "estimates", "predicted",
        "projected", "consensus", "previous", "previously", "earlier", "prior", "last", "compared", "versus", "vs",
        "originally", "initially", "target", "targets", "goal", "planned", "proposed", "sought", "asked",
    ]
    /// How far a context reaches on each side, in words, inside the figure's sentence.
    static let reach = 10

    static func figures(in d: Document, reader: ClaimReader) -> [StatedFigure] {
        let quantities = reader.quantities(in: d).items
        guard !quantities.isEmpty else { return [] }
        var inFigure = [Bool](repeating: false, count: d.tokens.count)
        for q in quantities { for k in q.tokens { inFigure[k] = true } }
        return quantities.map { q in
            let sentence = d.sentences[d.sentenceIndex(ofToken: q.tokens.lowerBound)].tokens
            var words: Set<String> = []
            let framed: Bool
            func take(_ k: Int) -> Bool {
                let t = d.tokens[k]
                if t.kind == .punct && (d.token(k, is: ";") || d.token(k, is: "—")) { return false }
                guard t.kind == .word, !inFigure[k] else { return true }
                let word = d.string(token: k).lowercased()
                if word.utf8.count >= 3, word.count >= 3, !stop.contains(word) { words.insert(stem(word)) }
                return true
            }
            var k = q.tokens.lowerBound - 1, n = 0
            while k >= sentence.lowerBound && n < reach && take(k) { if d.tokens[k].kind == .word { n += 1 }; k -= 1 }
            k = q.tokens.upperBound; n = 0
            while k < sentence.upperBound && n < reach && take(k) { if d.tokens[k].kind == .word { n += 1 }; k += 1 }
            // Framing reaches further than context: "Last year the … budget was $51 million".
            let before = max(sentence.lowerBound, q.tokens.lowerBound - 4 * reach)..<q.tokens.lowerBound
            let after = q.tokens.upperBound..<min(sentence.upperBound, q.tokens.upperBound + 3)
            // The reader's role says it too: expected, per item, a part, a change.
            framed = q.role != .stated || (Array(before) + Array(after)).contains { k in
                d.tokens[k].kind == .word && framing.contains(d.string(token: k).lowercased())
            }
            return StatedFigure(quantity: q, written: d.string(q.bytes), context: words.sorted(), framed: framed,
                                location: d.location(q.bytes))
        }
    }

    private static let suffixes = ["ments", "ment", "ies", "ing", "ed", "es", "s"]

    /// A crude stem: plural and verb endings off, so "investments"/"invest" and
    /// "companies"/"company" meet.
    static func stem(_ word: String) -> String {
        var w = word
        // The last byte first: it rules out most suffixes without a Unicode-aware comparison.
        let last = word.utf8.last
        for suffix in suffixes where last == suffix.utf8.last && w.hasSuffix(suffix) && w.count > suffix.count + 3 {
            w = String(w.dropLast(suffix.count))
            if suffix == "ies" { w += "y" }
            break
        }
        return w
    }
}
