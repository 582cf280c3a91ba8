/// Reads figures in a document: money, counts, percentages, durations, masses, lengths,
/// speeds, ordinals and ranges, each with its unit, magnitude and qualifier.
///
/// Contract: quantities come back in text order and do not overlap. Years, decades,
/// model names ("F-35"), dates ("Oct 28", "28/10"), times, "No. 3" and list numbers are
/// not quantities (dates have their own extractor).
public struct QuantityReader: Sendable {
    let v: QuantityVocabulary
    let numbers: NumberReader
    /// Whether "first", "ninth" … are read (digit ordinals such as "9th" always are).
    /// Checks turn it off when no fact is an ordinal: those words are frequent.
    public var readsOrdinalWords = true

    public init(lexicon: inout Lexicon) {
        v = QuantityVocabulary(lexicon: &lexicon)
        numbers = NumberReader(v)
    }

    public func quantities(in document: Document) -> [Quantity] {
        var found: [Quantity] = []
        let tokens = document.tokens
        var i = 0
        while i < tokens.count {
            if mayStart(document, tokens, i), let q = quantity(document, at: i) {
                found.append(q)
                i = q.tokens.upperBound
            } else {
                i += 1
            }
        }
        resolveKrona(&found, in: document)
        resolveDegrees(&found, in: document)
        return found
    }

    /// One cheap test per token before any reading: digits, a number word, "a dozen",
    /// "a hundred", or capitals joined to digits ("NOK4").
    @inline(__always)
    func mayStart(_ d: Document, _ t: [Token], _ i: Int) -> Bool {
        let token = t[i]
        switch token.kind {
        case .number: return true
        case .punct: return false
        case .word:
            if (readsOrdinalWords ? v.startersWithOrdinals : v.starters).contains(token.word) {
                guard token.word == v.a || token.word == v.an else { return true }
                return i + 1 < t.count && (t[i + 1].word == v.dozen || t[i + 1].word == v.hundred)
            }
            return token.has(.allCaps) && token.length >= 4 && token.length <= 12 || maySeismic(d, token)
        }
    }

    /// A figure starting with the number at `i`, with its qualifier and range.
    func quantity(_ d: Document, at i: Int) -> Quantity? {
        guard var q = single(d, at: i) else { return nil }
        q.qualifier = qualifier(d, before: q.tokens.lowerBound)
        if let high = rangeEnd(d, after: q) {
            // The magnitude and unit written once apply to both ends: "5 to 7 billion", "10-15 miles".
            if !q.hasMagnitude && high.hasMagnitude {
                let factor = high.value / high.mantissa
                q.value *= factor; q.step *= factor; q.hasMagnitude = true
            }
            if q.unit == .count && high.unit != .count { q.unit = high.unit }
            q.upper = q.unit.fromBase(high.unit.toBase(high.value))
            q.tokens = q.tokens.lowerBound..<high.tokens.upperBound
            q.bytes = q.bytes.lowerBound..<high.bytes.upperBound
            q.qualifier = .range
            q.noun = high.noun
        }
        return q
    }

    /// One figure at `i` (a number, a number word, or a code joined to digits), with a
    /// currency before it and a magnitude and unit after it; no qualifier, no range.
    func single(_ d: Document, at i: Int) -> Quantity? {
        let t = d.tokens
        if t[i].kind == .word, let magnitude = seismicMagnitude(d, at: i) { return magnitude }
        if let clock = clockDuration(d, at: i) { return clock }
        var unit = Unit.count
        var start = i
        let n: NumberReader.Number
        if let joined = numbers.codeJoined(d, at: i) {
            n = joined.number
            unit = .money(joined.code)
        } else {
            guard let plain = numbers.number(d, at: i), !isTrap(d, at: i, end: plain.end) else { return nil }
            n = plain
            if let c = currency(d, before: i) {
                unit = .money(c.code)
                start = c.start
            }
        }
        var end = n.end
        if n.ordinal {
            return Quantity(tokens: start..<end, bytes: Int(t[start].start)..<Int(t[end - 1].end), value: n.value, upper: n.value,
                            mantissa: n.value, unit: .ordinal, qualifier: .exact, hasMagnitude: false, step: 1)
        }
        var multiplier = 1.0
        var hasMagnitude = false
        // Magnitude: "billion", "bn" (joined), "-billion". A one-letter magnitude ("$3m",
        // "600m") only counts after a currency: "5m" may be metres.
        if let after = moneyAfter(d, at: end, currencyBefore: unit.isMoney ? unit.code : nil) {
            // "310 Mkr", "27 M€", "CHF 1.2 Mio.": see `moneyAfter`.
            if let code = after.code { unit = .money(code) }
            multiplier = after.factor; hasMagnitude = after.factor != 1; end = after.end
        } else if end < t.count, let m = v.magnitudes[t[end].word], t[end].length > 1 || (unit.isMoney && t[end].isJoined) {
            multiplier = m; hasMagnitude = true; end += 1
        } else if end + 1 < t.count, t[end].isJoined, d.token(end, is: "-"), t[end + 1].isJoined, let m = v.magnitudes[t[end + 1].word], m >= 1e3 {
            multiplier = m; hasMagnitude = true; end += 2
        }
        if let after = unitAfter(d, at: end, money: unit.isMoney, hasMagnitude: hasMagnitude) {
            if !unit.isMoney || after.unit.isMoney { unit = after.unit }
            end = after.end
        }
        if unit.dimension == .duration, let rest = durationRest(d, at: end, after: unit) {
            // "2 minutes 33 seconds", "1 hour and 20 minutes": one duration in the smaller unit.
            let value = unit.toBase(n.value) / rest.unit.factor + rest.value
            return Quantity(tokens: start..<rest.end, bytes: Int(t[start].start)..<Int(t[rest.end - 1].end), value: value, upper: value,
                            mantissa: value, unit: rest.unit, qualifier: .exact, hasMagnitude: false, step: 1)
        }
        let value = n.value * multiplier
        var q = Quantity(tokens: start..<end, bytes: Int(t[start].start)..<Int(t[end - 1].end), value: value, upper: value,
                         mantissa: n.value, unit: unit, qualifier: .exact, hasMagnitude: hasMagnitude, step: n.step * multiplier)
        if let noun = countedNoun(d, after: end) { q.noun = noun..<(noun + 1) }
        return q
    }

    /// The unit written after a figure ending at `end`, and where it ends.
    func unitAfter(_ d: Document, at end: Int, money: Bool, hasMagnitude: Bool) -> (unit: Unit, end: Int)? {
        let t = d.tokens
        guard end < t.count else { return nil }
        let word = t[end].word
        guard v.unitStarters.contains(word) || d.token(end, is: "-") else { return nil }
        if let match = phrase(d, at: end, v.qualifiedCurrencies.lazy.map { ($0.words, $0.code) }) {
            return (.money(match.value), match.end)
        }
        if !money, let code = v.currencyCodes[word], t[end].has(.allCaps) { return (.money(code), end + 1) }
        if let code = v.currencyWords[word] { return (.money(code), end + 1) }
        if word == v.pounds, !money, hasMagnitude || sterlingNearby(d, end) { return (.money("GBP"), end + 1) }
        if v.percent.contains(word) { return (.percent, end + 1) }
        if word == v.per, end + 1 < t.count, t[end + 1].word == v.cent { return (.percent, end + 2) }
        guard !money else { return nil }
        if let symbol = symbolUnitAfter(d, at: end) { return symbol }
        if let match = phrase(d, at: end, v.unitPhrases.lazy.map { ($0.words, $0.unit) }) { return (match.value, match.end) }
        if let unit = v.units[word] {
            // "km/h"
            if end + 2 < t.count, t[end + 1].isJoined, d.token(end + 1, is: "/"), t[end + 2].word == v.h {
                return (Unit(.speed, "km/h"), end + 3)
            }
            return (unit, end + 1)
        }
        if let bare = bareDegrees(d, at: end) { return bare }
        // "five-day", "15-mile"
        if end + 1 < t.count, t[end].isJoined, d.token(end, is: "-"), t[end + 1].isJoined, let unit = v.units[t[end + 1].word] {
            return (unit, end + 2)
        }
        return nil
    }

    /// "£" or "sterling" in the figure's sentence: then "pounds" is money.
    private func sterlingNearby(_ d: Document, _ at: Int) -> Bool {
        let sentence = d.sentences[d.sentenceIndex(ofToken: at)].tokens
        if at + 1 < d.tokens.count, d.tokens[at + 1].word == v.sterling { return true }
        for k in sentence where d.tokens[k].word == v.sterling || d.token(k, is: "£") { return true }
        return false
    }

    private func phrase<V>(_ d: Document, at i: Int, _ table: some Sequence<([Int32], V)>) -> (value: V, end: Int)? {
        let t = d.tokens
        for (words, value) in table where i + words.count <= t.count {
            var k = 0
            while k < words.count && t[i + k].word == words[k] { k += 1 }
            if k == words.count { return (value, i + k) }
        }
        return nil
    }

    func isTrap(_ d: Document, at i: Int, end: Int) -> Bool {
        let t = d.tokens
        guard t[i].kind == .number else { return false }
        if NumberStyle.isDottedDate(d.bytes, t[i].range) { return true }                              // 23.07.2026
        if i >= 2, t[i].isJoined, d.token(i - 1, is: "-"), t[i - 1].isJoined, t[i - 2].kind == .word,
           v.currencyCodes[t[i - 2].word] == nil, t[i - 2].word != v.magnitude { return true }         // F-35, not magnitude-2.1
        if i >= 1, t[i].isJoined, t[i - 1].kind == .word { return true }                                // A320-style
        if end < t.count, t[end].isJoined, t[end].kind == .word, t[end].word == v.s { return true }     // 1970s
        if end < t.count, t[end].isJoined, d.token(end, is: "/") || d.token(end, is: ":") { return true }
        if i >= 1, t[i].isJoined, d.token(i - 1, is: "/") || d.token(i - 1, is: ":") { return true }
        if i >= 2, d.token(i - 1, is: "."), t[i - 2].word == v.no { return true }                      // No. 3
        if i >= 1, v.months.contains(t[i - 1].word) { return true }                                     // Oct 28
        if end < t.count, v.months.contains(t[end].word) { return true }                                // 28 October
        if end + 1 < t.count, t[end].isJoined, v.ordinalSuffixes.contains(t[end].word), v.months.contains(t[end + 1].word) {
            return true                                                                                 // 28th October
        }
        if isClockOrCode(d, at: i, end: end) { return true }
        if t[i].has(.lineBefore), end < t.count, t[end].isJoined, d.token(end, is: ".") || d.token(end, is: ")") {
            return true                                                                                 // list item
        }
        let isYear = d.integer(token: i, digits: 4...4).map { $0 >= 1000 && $0 <= 2100 } ?? false
        if isYear, currency(d, before: i) == nil, !(end < t.count && (v.magnitudes[t[end].word] != nil || v.percent.contains(t[end].word)
                                                                     || v.units[t[end].word] != nil)) {
            return true
        }
        return false
    }

    /// A time of day ("4.17am", "7.30 p.m.", "0717 GMT"), a dotted date or version
    /// ("10.03.2026", "2.4.1") or a code with a leading zero ("007"): not a figure.
    func isClockOrCode(_ d: Document, at i: Int, end: Int) -> Bool {
        let t = d.tokens
        let range = t[i].range
        var dots = 0
        for k in range where d.bytes[k] == UInt8(ascii: ".") { dots += 1 }
        // Two dots are a date or a version, unless the document groups thousands with dots
        // and every group has three digits ("1.234.567"; "23.07.2026" is still a date).
        if dots >= 2, !(d.numberStyle.dotGroups && Self.dotGrouped(d.bytes[range])) { return true }
        if range.count >= 2, d.bytes[range.lowerBound] == UInt8(ascii: "0"), (0x30...0x39).contains(d.bytes[range.lowerBound + 1]) { return true }
        if i >= 1, v.clockBefore.contains(t[i - 1].word), Self.isDottedClock(d.bytes[range]),
           !(end < t.count && (v.units[t[end].word] != nil || v.magnitudes[t[end].word] != nil || v.percent.contains(t[end].word))) {
            return true                                                                  // "at 8.45", British and European
        }
        guard end < t.count, !t[end].has(.paragraphBefore) else { return false }
        if v.clock.contains(t[end].word) { return true }
        // "a.m." / "p.m."
        return end + 2 < t.count && (t[end].word == v.a || d.string(token: end).lowercased() == "p") && t[end + 1].isJoined
            && d.token(end + 1, is: ".") && t[end + 2].isJoined && t[end + 2].word == v.m
    }

    /// "8.45", "23.05": an hour, a dot and two digits of minutes.
    static func isDottedClock(_ bytes: ArraySlice<UInt8>) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(String(decoding: parts[0], as: UTF8.self)), let minute = Int(String(decoding: parts[1], as: UTF8.self)) else { return false }
        return hour <= 23 && minute <= 59
    }

    /// "1.234.567": one to three digits, then groups of a dot and three digits.
    static func dotGrouped(_ bytes: ArraySlice<UInt8>) -> Bool {
        let groups = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy { (0x30...0x39).contains($0) } } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// A currency right before the number: a symbol ("$", "US$", "€", "₹") joined to it, or
    /// an ISO code in capitals ("USD 480 million").
    func currency(_ d: Document, before i: Int) -> (code: String, start: Int)? {
        guard i >= 1 else { return nil }
        let t = d.tokens
        if t[i - 1].kind == .word, t[i - 1].has(.allCaps), let code = v.currencyCodes[t[i - 1].word] { return (code, i - 1) }
        guard t[i].isJoined, t[i - 1].kind == .punct, let symbol = Currencies.symbols.first(where: { d.token(i - 1, is: $0.0) }) else { return nil }
        if symbol.1 == "USD", i >= 2, t[i - 1].isJoined, t[i - 2].kind == .word {
            let letters = d.string(token: i - 2).lowercased()
            if let code = Currencies.dollarPrefixes[letters] { return (code, i - 2) }
        }
        return (symbol.1, i - 1)
    }

    /// "160 million to 230 million", "10-15", "between 5 and 7", "$5bn to $6bn": the far end.
    func rangeEnd(_ d: Document, after q: Quantity) -> Quantity? {
        let t = d.tokens
        let j = q.tokens.upperBound
        guard j + 1 < t.count, q.unit != .ordinal else { return nil }
        let linked = t[j].word == v.to || d.token(j, is: "-") || d.token(j, is: "–")
        let between = t[j].word == v.and && q.tokens.lowerBound >= 1 && t[q.tokens.lowerBound - 1].word == v.between
        guard linked || between else { return nil }
        // The far end's number: right after the link, or after its currency ("$", "US$").
        var k = j + 1
        if k + 1 < t.count, t[k].kind == .punct, Currencies.symbols.contains(where: { d.token(k, is: $0.0) }) {
            k += 1
        } else if k + 2 < t.count, t[k].kind == .word, t[k + 1].isJoined, d.token(k + 1, is: "$") {
            k += 2
        }
        guard k < t.count, let far = single(d, at: k), far.unit != .ordinal else { return nil }
        guard far.unit.compatible(with: q.unit) || far.unit == .count || q.unit == .count else { return nil }
        var high = far
        if !high.hasMagnitude && q.hasMagnitude { // "5 billion to 7" is rare; "5 to 7 billion" is handled by the caller
            high.value *= q.value / q.mantissa
        }
        if high.unit == .count && q.unit != .count {
            high.unit = q.unit
        }
        return high
    }

    func qualifier(_ d: Document, before start: Int) -> Quantity.Qualifier {
        let t = d.tokens
        guard start >= 1, v.qualifierEnds.contains(t[start - 1].word) else { return .exact }
        for (words, qualifier) in v.qualifiers where words.count <= start {
            var matches = true
            for (k, id) in words.enumerated() where t[start - words.count + k].word != id { matches = false; break }
            if matches { return qualifier }
        }
        return .exact
    }
}
