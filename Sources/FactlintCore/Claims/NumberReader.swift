/// Reads the number a figure starts with: digits ("6,000", "4.82"), fractions ("2½",
/// "2 1/2", "two and a half"), number words ("six hundred", "twenty-five", "a dozen"),
/// ordinals ("9th", "ninth"), and a currency code joined to digits ("NOK4.82").
struct NumberReader: Sendable {
    struct Number {
        var value: Double
        var end: Int
        /// Place value of the last non-zero digit (1 for "fifteen", 100 for "3,100").
        var step: Double
        var ordinal = false
    }

    let v: QuantityVocabulary

    init(_ v: QuantityVocabulary) { self.v = v }

    func number(_ d: Document, at i: Int) -> Number? {
        let t = d.tokens
        var n: Number
        if t[i].kind == .number {
            guard let value = d.number(token: i) else { return nil }
            let step = d.numberStyle.isEnglish ? NumberReader.step(d.bytes, t[i].range) : d.numberStyle.read(d.bytes, t[i].range)?.step ?? 1
            n = Number(value: value, end: i + 1, step: step)
            if n.end < t.count, t[n.end].isJoined, v.ordinalSuffixes.contains(t[n.end].word), value == value.rounded() {
                return Number(value: value, end: n.end + 1, step: 1, ordinal: true)
            }
        } else if t[i].kind == .word {
            guard let words = self.words(d, at: i) else { return nil }
            n = words
            if n.ordinal { return n }
        } else {
            return nil
        }
        if let fraction = fraction(d, after: n.end, whole: t[i].kind == .number) {
            n.value += fraction.value
            n.end = fraction.end
            n.step = fraction.step
        }
        return n
    }

    /// "½" joined, " 1/2" after a whole number, or "and a half".
    private func fraction(_ d: Document, after end: Int, whole digits: Bool) -> (value: Double, end: Int, step: Double)? {
        let t = d.tokens
        guard end < t.count else { return nil }
        if t[end].isJoined, t[end].kind == .punct, let f = NumberReader.vulgar(d.bytes, t[end].range) {
            return (f.value, end + 1, f.step)
        }
        if digits, end + 2 < t.count, t[end].kind == .number, t[end + 1].isJoined, d.token(end + 1, is: "/"), t[end + 2].isJoined,
           let num = d.integer(token: end, digits: 1...1), let den = d.integer(token: end + 2, digits: 1...1),
           [2, 3, 4, 8].contains(den), num < den, !(end + 3 < t.count && t[end + 3].isJoined && d.token(end + 3, is: "/")) {
            return (Double(num) / Double(den), end + 3, 1 / Double(den))
        }
        if end + 2 < t.count, t[end].word == v.and, t[end + 1].word == v.a || t[end + 1].word == v.an {
            if t[end + 2].word == v.half { return (0.5, end + 3, 0.5) }
            if t[end + 2].word == v.quarter { return (0.25, end + 3, 0.25) }
        }
        return nil
    }

    /// Number words: "six hundred", "twenty-five", "two hundred and fifty", "a dozen",
    /// "ninth", "twenty-first". "one" alone is a figure only before a magnitude or unit.
    private func words(_ d: Document, at i: Int) -> Number? {
        let t = d.tokens
        if let o = v.ordinalWords[t[i].word] { return Number(value: o, end: i + 1, step: 1, ordinal: true) }
        if t[i].word == v.a || t[i].word == v.an, i + 1 < t.count {
            if t[i + 1].word == v.dozen { return Number(value: 12, end: i + 2, step: 12) }
            if t[i + 1].word == v.hundred { return Number(value: 100, end: i + 2, step: 100) }
            return nil
        }
        if t[i].word == v.dozen { return Number(value: 12, end: i + 1, step: 12) }
        guard let first = v.numberWords[t[i].word], t[i].word != v.hundred else { return nil }
        var value = first, step = NumberReader.place(first), k = i + 1
        while k < t.count {
            // "twenty-five", "twenty-first"
            if k + 1 < t.count, t[k].isJoined, d.token(k, is: "-"), t[k + 1].isJoined, value.truncatingRemainder(dividingBy: 100) >= 20,
               value.truncatingRemainder(dividingBy: 10) == 0 {
                if let u = v.numberWords[t[k + 1].word], u < 10 { value += u; step = 1; k += 2; continue }
                if let o = v.ordinalWords[t[k + 1].word], o < 10 { return Number(value: value + o, end: k + 2, step: 1, ordinal: true) }
            }
            if t[k].word == v.hundred, value < 100 { value *= 100; step = 100; k += 1; continue }
            // "two hundred and fifty", "two hundred fifty"
            var next = k
            if t[k].word == v.and, value >= 100, value.truncatingRemainder(dividingBy: 100) == 0 { next = k + 1 }
            if next < t.count, value >= 100, let u = v.numberWords[t[next].word], u < 100, t[next].word != v.hundred {
                value += u; step = NumberReader.place(u); k = next + 1; continue
            }
            break
        }
        if value == 1 && k == i + 1 {
            // "one of the", "no one": only a figure with a magnitude or unit after it.
            guard k < t.count, v.magnitudes[t[k].word] != nil || v.units[t[k].word] != nil else { return nil }
        }
        return Number(value: value, end: k, step: step)
    }

    /// A currency code in capitals joined to digits: "NOK4.82" ("NOK4" "." "82").
    func codeJoined(_ d: Document, at i: Int) -> (code: String, number: Number)? {
        let t = d.tokens
        let token = t[i]
        guard token.kind == .word, token.length >= 4, token.length <= 12 else { return nil }
        let bytes = d.bytes, s = Int(token.start)
        for k in s..<(s + 3) where !(bytes[k] >= 0x41 && bytes[k] <= 0x5A) { return nil }
        var whole = 0.0
        for k in (s + 3)..<Int(token.end) {
            guard bytes[k] >= 0x30 && bytes[k] <= 0x39 else { return nil }
            whole = whole * 10 + Double(bytes[k] - 0x30)
        }
        let id = bytes.withUnsafeBufferPointer { d.lexicon.lookup($0, s, s + 3) }
        guard let code = v.currencyCodes[id] else { return nil }
        var n = Number(value: whole, end: i + 1, step: NumberReader.step(bytes, (s + 3)..<Int(token.end)))
        if i + 2 < t.count, t[i + 1].isJoined, d.token(i + 1, is: "."), t[i + 2].isJoined, t[i + 2].kind == .number,
           let fraction = d.number(token: i + 2) {
            let digits = t[i + 2].length
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            n.value = whole + fraction / scale
            n.step = NumberReader.step(bytes, t[i + 2].range) / scale
            n.end = i + 3
        }
        return (code, n)
    }

    /// Place value of the last non-zero digit of an ASCII number ("3,100" → 100, "4.82" → 0.01).
    static func step(_ bytes: [UInt8], _ range: Range<Int>) -> Double {
        var decimals = 0, trailingZeros = 0, afterPoint = false
        for k in range {
            switch bytes[k] {
            case 0x2E: afterPoint = true
            case 0x30: if afterPoint { decimals += 1 }; trailingZeros += 1
            case 0x31...0x39: if afterPoint { decimals += 1 }; trailingZeros = 0
            default: continue
            }
        }
        var step = 1.0
        if afterPoint {
            for _ in 0..<max(0, decimals - trailingZeros) { step /= 10 }
        } else {
            for _ in 0..<trailingZeros { step *= 10 }
        }
        return step
    }

    static func place(_ value: Double) -> Double {
        var step = 1.0
        var v = value
        while v >= 10 && v.truncatingRemainder(dividingBy: 10) == 0 { v /= 10; step *= 10 }
        return step
    }

    /// The value of a vulgar-fraction character ("½", "⅔", "¾") and its step (one over its denominator).
    static func vulgar(_ bytes: [UInt8], _ range: Range<Int>) -> (value: Double, step: Double)? {
        if range.count == 2, bytes[range.lowerBound] == 0xC2 {
            switch bytes[range.lowerBound + 1] {
            case 0xBC: return (0.25, 0.25)
            case 0xBD: return (0.5, 0.5)
            case 0xBE: return (0.75, 0.25)
            default: return nil
            }
        }
        guard range.count == 3, bytes[range.lowerBound] == 0xE2, bytes[range.lowerBound + 1] == 0x85 else { return nil }
        switch bytes[range.lowerBound + 2] {
        case 0x93: return (1.0 / 3, 1.0 / 3)
        case 0x94: return (2.0 / 3, 1.0 / 3)
        case 0x95: return (0.2, 0.2)
        case 0x9B: return (0.125, 0.125)
        default: return nil
        }
    }
}
