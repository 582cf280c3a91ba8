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
        var text: String
        var location: SourceLocation
    }

    let window: Int
    let minShared: Int

    func amount(_ q: Quantity, in document: Document) -> Amount? {
        guard q.unit.isMoney, q.qualifier != .range else { return nil }
        let currency = q.unit.code
        let sentence = document.sentences[document.sentenceIndex(ofToken: q.tokens.lowerBound)].tokens
        var context: [UInt32] = []
        func collect(_ range: StrideTo<Int>) {
            var words = 0
            for i in range {
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
        return Amount(mantissa: q.mantissa, currency: currency, factor: q.hasMagnitude ? q.value / q.mantissa : nil,
                      context: distinct, text: document.string(q.bytes), location: document.location(q.bytes))
    }

    func compare(_ amounts: [Amount], ruleID: String, severity: Severity, into diagnostics: inout [Diagnostic]) {
        struct Key: Hashable { var mantissa: Double; var currency: String }
        var withMagnitude: [Key: [Amount]] = [:]
        for a in amounts where a.factor != nil { withMagnitude[Key(mantissa: a.mantissa, currency: a.currency), default: []].append(a) }
        for a in amounts where a.factor == nil {
            let matches = (withMagnitude[Key(mantissa: a.mantissa, currency: a.currency)] ?? [])
                .filter { $0.location.path != a.location.path && MagnitudeCheck.shared($0.context, a.context) >= minShared }
                .sorted { ($0.location.path, $0.location.line) < ($1.location.path, $1.location.line) }
            guard let first = matches.first, let factor = first.factor else { continue }
            let word = FiguresRule.magnitudeWord(factor)
            let unanimous = matches.allSatisfy { $0.factor == factor } && !word.isEmpty
            let full = a.text + " " + word
            var d = Diagnostic(ruleID: ruleID, severity: severity,
                               message: "'\(a.text)' looks like it is missing its magnitude: another article has '\(first.text)' in the same context"
                                   + (unanimous ? "; expected '\(full)'" : ""),
                               location: a.location,
                               related: matches.prefix(ConsensusReport.maxRelated).map { RelatedLocation($0.location, "written as '\($0.text)'") })
            if unanimous { d.fix = Fix(byteRange: a.location.byteRange, text: full) }
            diagnostics.append(d)
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

    /// A folded, crudely stemmed hash of a content word (function words give nil).
    static func contentHash(_ document: Document, _ t: Token) -> UInt32? {
        guard t.length >= 3, !FunctionWords.contains(document.bytes, t.range) else { return nil }
        var end = Int(t.end)
        if document.bytes[end - 1] | 0x20 == UInt8(ascii: "s") { end -= 1 } // pledges ~ pledge
        return Lexicon.hash(document.bytes, Int(t.start), end)
    }
}
