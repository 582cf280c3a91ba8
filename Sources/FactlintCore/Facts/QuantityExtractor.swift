/// Finds figures in a document: money, counts, percentages, durations and ranges.
///
/// Contract: quantities come back in text order and do not overlap. Years, decades,
/// ordinals ("250th"), model names ("F-35"), dates ("Oct 28", "28/10"), times, "No. 3"
/// and list numbers are not quantities (dates have their own extractor).
public struct QuantityExtractor: Sendable {
    let v: QuantityVocabulary

    public init(lexicon: inout Lexicon) { v = QuantityVocabulary(lexicon: &lexicon) }

    public func quantities(in document: Document) -> [Quantity] {
        var found: [Quantity] = []
        let tokens = document.tokens
        var i = 0
        while i < tokens.count {
            if let q = quantity(document, at: i) {
                found.append(q)
                i = q.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// A plain number at token `i` (digits or a number word), without traps.
    func number(_ d: Document, at i: Int) -> (value: Double, end: Int)? {
        let t = d.tokens
        let token = t[i]
        if token.kind == .number {
            guard let value = d.number(token: i) else { return nil }
            return (value, i + 1)
        }
        guard token.kind == .word else { return nil }
        if token.word == v.a, i + 1 < t.count, t[i + 1].word == v.dozen { return (12, i + 2) }
        if token.word == v.dozen { return (12, i + 1) }
        guard let value = v.numberWords[token.word] else { return nil }
        // "one of the", "no one": only a figure with a magnitude or unit after it.
        if token.word == v.one, !(i + 1 < t.count && (v.magnitudes[t[i + 1].word] != nil || v.durations[t[i + 1].word] != nil)) {
            return nil
        }
        return (value, i + 1)
    }

    func isTrap(_ d: Document, at i: Int, end: Int) -> Bool {
        let t = d.tokens
        guard t[i].kind == .number else { return false }
        if i >= 2, t[i].isJoined, d.token(i - 1, is: "-"), t[i - 1].isJoined, t[i - 2].kind == .word { return true } // F-35
        if i >= 1, t[i].isJoined, t[i - 1].kind == .word { return true }                          // A320-style
        if end < t.count, t[end].isJoined, t[end].kind == .word,
           v.ordinalSuffixes.contains(t[end].word) || t[end].word == v.s { return true }           // 250th, 1970s
        if end < t.count, t[end].isJoined, d.token(end, is: "/") || d.token(end, is: ":") { return true }
        if i >= 1, t[i].isJoined, d.token(i - 1, is: "/") || d.token(i - 1, is: ":") { return true }
        if i >= 2, d.token(i - 1, is: "."), t[i - 2].word == v.no { return true }                 // No. 3
        if i >= 1, v.months.contains(t[i - 1].word) { return true }                                // Oct 28
        if end < t.count, v.months.contains(t[end].word) { return true }                           // 28 October
        if t[i].has(.lineBefore), end < t.count, t[end].isJoined, d.token(end, is: ".") || d.token(end, is: ")") {
            return true                                                                            // list item
        }
        let isYear = d.integer(token: i, digits: 4...4).map { $0 >= 1000 && $0 <= 2100 } ?? false
        if isYear, currency(d, before: i) == nil, !(end < t.count && (v.magnitudes[t[end].word] != nil || v.percent.contains(t[end].word))) {
            return true
        }
        return false
    }

    /// "$", "US$", "€", "£", "¥", "₩" right before the number.
    func currency(_ d: Document, before i: Int) -> (code: String, start: Int)? {
        guard i >= 1, d.tokens[i].isJoined else { return nil }
        let symbols: [(StaticString, String)] = [("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₩", "KRW")]
        guard let symbol = symbols.first(where: { d.token(i - 1, is: $0.0) }) else { return nil }
        if symbol.1 == "USD", i >= 2, d.tokens[i - 1].isJoined, d.tokens[i - 2].kind == .word {
            let prefixes = ["US": "USD", "A": "AUD", "C": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD"]
            if let code = prefixes[d.string(token: i - 2)] { return (code, i - 2) }
        }
        return (symbol.1, i - 1)
    }

    func quantity(_ d: Document, at i: Int) -> Quantity? {
        guard let n = number(d, at: i), !isTrap(d, at: i, end: n.end) else { return nil }
        let t = d.tokens
        var start = i, end = n.end
        var unit = Quantity.Unit.count
        if let c = currency(d, before: i) {
            unit = .money(c.code)
            start = c.start
        }
        var multiplier = 1.0
        var hasMagnitude = false
        // Magnitude: "billion", "bn" (joined), "-billion".
        // A one-letter magnitude ("$3m", "€5bn" has two) only counts after a currency: "5m" may be metres.
        let isMoney: Bool = { if case .money = unit { return true }; return false }()
        if end < t.count, let m = v.magnitudes[t[end].word], t[end].length > 1 || (isMoney && t[end].isJoined) {
            multiplier = m; hasMagnitude = true; end += 1
        } else if end + 1 < t.count, t[end].isJoined, d.token(end, is: "-"), t[end + 1].isJoined, let m = v.magnitudes[t[end + 1].word], m >= 1e3 {
            multiplier = m; hasMagnitude = true; end += 2
        }
        // Units after the figure.
        if end < t.count {
            if let code = v.currencyWords[t[end].word], case .count = unit {
                unit = .money(code); end += 1
            } else if v.percent.contains(t[end].word) {
                unit = .percent; end += 1
            } else if t[end].word == v.per, end + 1 < t.count, t[end + 1].word == v.cent {
                unit = .percent; end += 2
            } else if case .count = unit, let duration = v.durations[t[end].word] {
                unit = .duration(duration); end += 1
            } else if case .count = unit, end + 1 < t.count, t[end].isJoined, d.token(end, is: "-"),
                      t[end + 1].isJoined, let duration = v.durations[t[end + 1].word] {
                unit = .duration(duration); end += 2 // five-day
            }
        }
        let value = n.value * multiplier
        var q = Quantity(tokens: start..<end, bytes: Int(t[start].start)..<Int(t[end - 1].end), value: value,
                         upper: value, mantissa: n.value, unit: unit, qualifier: .exact, hasMagnitude: hasMagnitude)
        q.qualifier = qualifier(d, before: start)
        if let upper = rangeEnd(d, after: q) {
            q.upper = upper.value
            q.tokens = q.tokens.lowerBound..<upper.end
            q.bytes = q.bytes.lowerBound..<Int(t[upper.end - 1].end)
            q.qualifier = .range
        }
        return q
    }

    /// "160 million to 230 million", "10-15", "between 5 and 7": the upper figure.
    func rangeEnd(_ d: Document, after q: Quantity) -> (value: Double, end: Int)? {
        let t = d.tokens
        let j = q.tokens.upperBound
        guard j + 1 < t.count else { return nil }
        let linked = t[j].word == v.to || d.token(j, is: "-") || d.token(j, is: "–")
        let between = t[j].word == v.and && q.tokens.lowerBound >= 1 && t[q.tokens.lowerBound - 1].word == v.between
        guard linked || between, var next = quantity(d, atPlain: j + 1) else { return nil }
        if !next.hasMagnitude && q.hasMagnitude { next.value *= q.value / q.mantissa } // "5 to 7 billion" reads as billions
        guard next.unit == q.unit || next.unit == .count else { return nil }
        return (next.value, next.tokens.upperBound)
    }

    /// A figure at `i` for the far end of a range (no range recursion, no qualifier).
    private func quantity(_ d: Document, atPlain i: Int) -> Quantity? {
        guard let n = number(d, at: i), !isTrap(d, at: i, end: n.end) else { return nil }
        let t = d.tokens
        var end = n.end
        var value = n.value
        var hasMagnitude = false
        if end < t.count, let m = v.magnitudes[t[end].word] { value *= m; end += 1; hasMagnitude = true }
        var unit = Quantity.Unit.count
        if end < t.count, v.percent.contains(t[end].word) { unit = .percent; end += 1 }
        return Quantity(tokens: i..<end, bytes: Int(t[i].start)..<Int(t[end - 1].end), value: value, upper: value,
                        mantissa: n.value, unit: unit, qualifier: .exact, hasMagnitude: hasMagnitude)
    }

    func qualifier(_ d: Document, before start: Int) -> Quantity.Qualifier {
        let t = d.tokens
        for (words, qualifier) in v.qualifiers where words.count <= start {
            var matches = true
            for (k, id) in words.enumerated() where t[start - words.count + k].word != id { matches = false; break }
            if matches { return qualifier }
        }
        return .exact
    }
}
