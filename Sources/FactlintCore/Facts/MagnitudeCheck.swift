/// Missing magnitudes found by comparing articles: "$550" in one article where another
/// writes "$550 billion" near the same words. Needs no fact.
///
/// Each money amount is kept with the content words around it (same sentence, within the
/// window). An amount without a magnitude is reported when another article has the same
/// number and currency with a magnitude and they share at least `minShared` content words.
/// Amounts are indexed by (number, currency), so the comparison is linear in the amounts.
public struct MagnitudeCheck: Sendable {
    public struct Amount: Sendable {
        var mantissa: Double
        var currency: String
        var factor: Double?
        /// Sorted, distinct content-word hashes (an array: a Set per amount costs kilobytes).
        var context: [UInt32]
        /// As written, each run of whitespace shown as one space (messages are one line).
        var text: String
        var location: SourceLocation
        /// Without a magnitude: the amount's bytes as written and where a magnitude word
        /// goes in them; nil when one may not be added (see `MagnitudeSlot`).
        var slot: (bytes: [UInt8], offset: Int)?
        /// Inside a quotation: a fix is only suggested.
        var quoted = false
        /// For an amount its own safe fix completes: the text as written.
        var completes: String?
    }

    let window: Int
    let minShared: Int
    /// Tokens looked at per word of the window (words, numbers and punctuation between them).
    static let tokensPerWord = 4

    func amount(_ q: Quantity, in document: Document, quoted: inout QuotedSpans) -> Amount? {
        guard q.unit.isMoney, q.qualifier != .range else { return nil }
        let currency = q.unit.code
        let sentence = document.sentences[document.sentenceIndex(ofToken: q.tokens.lowerBound)].tokens
        var context: [UInt32] = []
        // At most `window` words, and at most `maxTokens` tokens of any kind: in a table of
        // bare amounts ("| $550 | $1.2 |" for a megabyte) there are no words to stop at, and
        // an unbounded scan made the pass quadratic.
        let maxTokens = MagnitudeCheck.tokensPerWord * (window + 1)
        func collect(_ range: StrideTo<Int>) {
            var words = 0
            for i in range.prefix(maxTokens) {
                if words >= window { break }
                let t = document.tokens[i]
                guard t.kind == .word else { continue }
                words += 1
                if let h = MagnitudeCheck.contentHash(document, t) { context.append(h) }
            }
        }
        collect(stride(from: q.tokens.lowerBound - 1, to: sentence.lowerBound - 1, by: -1))
        collect(stride(from: q.tokens.upperBound, to: sentence.upperBound, by: 1))
        var distinct: [UInt32] = []
        for h in context.sorted() where distinct.last != h { distinct.append(h) }
        var amount = Amount(mantissa: q.mantissa, currency: currency, factor: q.hasMagnitude ? q.value / q.mantissa : nil,
                            context: distinct, text: MagnitudeCheck.oneLine(document.string(q.bytes)), location: document.location(q.bytes))
        if !q.hasMagnitude {
            amount.slot = MagnitudeSlot.offset(q, in: document).map { (Array(document.bytes[q.bytes]), $0 - q.bytes.lowerBound) }
            amount.quoted = quoted.contains(q.bytes)
        }
        return amount
    }

    /// Whitespace runs (a hard-wrapped "120⏎dollars") as one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Amounts with a magnitude looked at for one without: the first in path order (from
    /// other articles). Enough for any real corpus; it keeps a hostile one (a hundred
    /// thousand "$550" and "$550 billion") linear.
    static let maxCandidates = 256

    /// Reports amounts without a magnitude that other articles write with one.
    ///
    /// An amount that gets a safe fix then counts as written with its magnitude, and the
    /// comparison runs again for the amounts still unmatched (its fixed point): otherwise
    /// a second `--fix` would find "$120" in a third article that matches only the one
    /// just fixed.
    func compare(_ amounts: [Amount], ruleID: String, severity: Severity, into diagnostics: inout [Diagnostic]) {
        struct Key: Hashable { var mantissa: Double; var currency: String }
        // Per key, the amounts with a magnitude grouped by article, in path then text order.
        var withMagnitude: [Key: [[Amount]]] = [:]
        var articleIndex: [Key: [String: Int]] = [:] // each article's place in withMagnitude[key], not a scan
        func add(_ a: Amount) {
            let key = Key(mantissa: a.mantissa, currency: a.currency)
            if let i = articleIndex[key]?[a.location.path] {
                withMagnitude[key]![i].append(a)
            } else {
                articleIndex[key, default: [:]][a.location.path] = withMagnitude[key]?.count ?? 0
                withMagnitude[key, default: []].append([a])
            }
        }
        for a in amounts where a.factor != nil { add(a) }
        for key in Array(withMagnitude.keys) {
            withMagnitude[key] = withMagnitude[key]!.map { $0.sorted { SourceLocation.ordered($0.location, $1.location) } }
                .sorted { $0[0].location.path < $1[0].location.path }
        }
        var pending = amounts.filter { $0.factor == nil }
        var bareArticles: [Key: Set<String>] = [:]
        for a in pending { bareArticles[Key(mantissa: a.mantissa, currency: a.currency), default: []].insert(a.location.path) }
        while !pending.isEmpty {
            var unmatched: [Amount] = []
            var completed: [Amount] = []
            for a in pending {
                // At most `maxCandidates` amounts are examined, from other articles in path order.
                var matches: [Amount] = []
                var examined = 0
                for article in withMagnitude[Key(mantissa: a.mantissa, currency: a.currency)] ?? [] where article[0].location.path != a.location.path {
                    for candidate in article.prefix(Self.maxCandidates - examined)
                    where MagnitudeCheck.shared(candidate.context, a.context) >= minShared {
                        matches.append(candidate)
                    }
                    examined += min(article.count, Self.maxCandidates - examined)
                    if examined >= Self.maxCandidates { break }
                }
                matches.sort { ($0.location.path, $0.location.line, $0.location.column) < ($1.location.path, $1.location.line, $1.location.column) }
                guard let first = matches.first, let factor = first.factor else {
                    let key = Key(mantissa: a.mantissa, currency: a.currency)
                    if bareArticles[key]?.count == 1, let d = MagnitudeCheck.ownArticle(a, withMagnitude[key] ?? [], ruleID: ruleID, severity: severity) {
                        diagnostics.append(d)
                    } else {
                        unmatched.append(a)
                    }
                    continue
                }
                let word = FiguresRule.magnitudeWord(factor)
                let unanimous = matches.allSatisfy { $0.factor == factor } && !word.isEmpty
                let written = a.slot.map { MagnitudeSlot.insert(word, into: $0.bytes, at: $0.offset) }
                let full = MagnitudeCheck.oneLine(written ?? a.text + " " + word)
                var d = Diagnostic(ruleID: ruleID, severity: severity,
                                   message: "'\(a.text)' looks like it is missing its magnitude: another article has "
                                       + (first.completes.map { "'\($0)' in the same context, which --fix completes to '\(first.text)'" }
                                          ?? "'\(first.text)' in the same context")
                                       + (unanimous ? "; expected '\(full)'" : ""),
                                   location: a.location,
                                   related: matches.prefix(ConsensusReport.maxRelated).map { m in
                                       RelatedLocation(m.location, m.completes.map { "written as '\($0)', which --fix completes to '\(m.text)'" }
                                                       ?? "written as '\(m.text)'")
                                   })
                if unanimous, let written {
                    d.fix = Fix(byteRange: a.location.byteRange, text: written, confidence: a.quoted ? .suggestion : .safe)
                    if !a.quoted {
                        var fixed = a
                        fixed.completes = a.text
                        fixed.factor = factor
                        fixed.text = full
                        completed.append(fixed)
                    }
                }
                diagnostics.append(d)
            }
            for a in completed { add(a) }
            pending = completed.isEmpty ? [] : unmatched
        }
    }

    /// How many hashes two sorted, distinct arrays have in common.
    static func shared(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// A folded, crudely stemmed hash of a content word (function words and magnitudes give
    /// nil: "billion" is no context, and a fix that adds one must not change another match).
    static func contentHash(_ document: Document, _ t: Token) -> UInt32? {
        guard t.length >= 3, !FunctionWords.contains(document.bytes, t.range),
              !MagnitudeSlot.isMagnitude(document.bytes[t.range]) else { return nil }
        var end = Int(t.end)
        if document.bytes[end - 1] | 0x20 == UInt8(ascii: "s") { end -= 1 } // pledges ~ pledge
        return Lexicon.hash(document.bytes, Int(t.start), end)
    }
}
