/// The near-miss test for one capitalized word the gazetteer does not know: fused names
/// ("TokyoUS"), misspellings within one or two edits of a name word, and what is not one
/// (dictionary words, derived forms, a word hyphenated at a line end).
extension NamesRule {
    /// The finding for an unknown capitalized word, as (message, replacement), or nil.
    /// `realWords`: a dictionary word is tried too (it stands where only a name can).
    func unknownCapitalized(_ document: Document, _ i: Int, realWords: Bool = false) -> (message: String, fix: String?)? {
        if hopeless(document, document.tokens[i]) { return nil }
        let text = document.string(token: i)
        let scalars = Array(text.unicodeScalars)
        if options.fused, let fused = fusedName(scalars, document) {
            return ("'\(text)' looks like '\(fused.0)' and '\(fused.1)' run together; expected a space or dash between them", nil)
        }
        guard options.nearMisses, scalars.count >= options.minLength, !isHyphenatedAtLineEnd(document, i) else { return nil }
        let folded = Array(text.lowercased().unicodeScalars)
        guard let candidates = nameWords[folded[0]] else { return nil }
        // "Asian" next to the name "Asia" is a derived form, whatever else it resembles.
        if candidates.contains(where: { isDerivedForm(folded, $0.folded) }) { return nil }
        let limit = folded.count >= 9 ? 2 : 1
        let letters = NamesRule.letterMask(folded)
        var best: [NameWord] = []
        var bestDistance = Int.max
        for name in candidates where abs(name.folded.count - folded.count) <= 2 {
            let truncated = folded.count >= 6 && name.folded.count > folded.count && name.folded.starts(with: folded)
            // Each edit adds or removes at most two letters from the set: skip hopeless pairs
            // before the quadratic distance.
            if !truncated && ((letters ^ name.letters).nonzeroBitCount + 1) / 2 > limit { continue }
            guard var d = EditDistance.distance(folded, name.folded, limit: 2) else { continue }
            if d > limit && !truncated { continue }
            if truncated { d = min(d, 1) }
            if d < bestDistance { best = [name]; bestDistance = d } else if d == bestDistance { best.append(name) }
        }
        guard !best.isEmpty, realWords || !dictionary.contains(text) else { return nil }
        if best.count == 1 {
            return ("'\(text)' looks like a misspelling of '\(best[0].text)'", best[0].text)
        }
        let names = best.map { "'\($0.text)'" }.joined(separator: " or ")
        return ("'\(text)' looks like a misspelling of \(names)", nil)
    }

    /// True for an ASCII word that cannot be fused (no inner capital) and that no name word
    /// passes the length and letter-set bounds for: decided on bytes, before any String.
    func hopeless(_ document: Document, _ token: Token) -> Bool {
        guard !token.has(.nonASCII) else { return false }
        let bytes = document.bytes
        var letters: UInt32 = 0
        var previousLower = false
        for k in token.range {
            let b = bytes[k]
            if options.fused && b >= 0x41 && b <= 0x5A && previousLower { return false }
            previousLower = b >= 0x61 && b <= 0x7A
            letters |= 1 << (UInt32(Lexicon.foldByte(b)) & 31)
        }
        guard options.nearMisses, let candidates = nameWords[Unicode.Scalar(Lexicon.foldByte(bytes[Int(token.start)]))] else { return true }
        let n = token.length, limit = n >= 9 ? 2 : 1
        for name in candidates where abs(name.folded.count - n) <= 2 {
            if n >= 6 && name.folded.count > n { return false } // perhaps a truncated name
            if ((letters ^ name.letters).nonzeroBitCount + 1) / 2 <= limit { return false }
        }
        return true
    }

    /// "TokyoUS": a known name, then a capital letter starting a known name or word.
    func fusedName(_ scalars: [Unicode.Scalar], _ document: Document) -> (String, String)? {
        guard scalars.count >= 4 else { return nil }
        for k in 2..<(scalars.count - 1) where NamesRule.isLower(scalars[k - 1]) && NamesRule.isUpper(scalars[k]) {
            let head = String(String.UnicodeScalarView(scalars[..<k]))
            let tail = String(String.UnicodeScalarView(scalars[k...]))
            guard known.contains(document.lexicon.id(of: head)) else { continue }
            let acronym = tail.unicodeScalars.count >= 2 && tail.unicodeScalars.allSatisfy(\.properties.isUppercase)
            if acronym || known.contains(document.lexicon.id(of: tail)) { return (head, tail) }
            // A name word glued to an ordinary word ("TakaichiAdvertisement"), unless the name
            // word is an ordinary word too: "CityBrief", "RiverWatch" are brands written so.
            if dictionary.contains(tail) && !dictionary.contains(head) { return (head, tail) }
        }
        return nil
    }

    static func isLower(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x61 && s.value <= 0x7A) : s.properties.isLowercase
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }

    /// "Takai-\nchi": a word hyphenated at a line end is half a word, not a misspelling.
    func isHyphenatedAtLineEnd(_ document: Document, _ i: Int) -> Bool {
        let tokens = document.tokens
        return i + 2 < tokens.count && tokens[i + 1].isJoined && document.token(i + 1, is: "-")
            && tokens[i + 2].has(.lineBefore)
    }

    /// "Koreans" for "Korea", "Japan" for "Japanese": inflections and demonyms, not misspellings.
    func isDerivedForm(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        if long.starts(with: short) {
            return NamesRule.suffixes.contains(String(String.UnicodeScalarView(long[short.count...])))
        }
        // Two forms of one stem, one of them a plural: "Americas" (America + s) next to the
        // name word "American" (America + n).
        var common = 0
        while common < short.count && short[common] == long[common] { common += 1 }
        for stem in stride(from: common, through: max(common - 2, 5), by: -1) {
            let endings = [String(String.UnicodeScalarView(a[stem...])), String(String.UnicodeScalarView(b[stem...]))]
            if endings.allSatisfy(NamesRule.suffixes.contains), endings.contains(where: { $0 == "s" || $0 == "es" }) { return true }
        }
        return false
    }

    static let suffixes: Set<String> = ["s", "es", "n", "an", "ns", "ans", "ese", "i", "is", "ish", "ian", "ians", "er", "ers"]
}
