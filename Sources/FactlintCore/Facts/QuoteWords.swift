/// The words of a quotation as articles are compared on. House style is not drift, so
/// it is folded before comparing: letter case; abbreviations with or without points
/// ("U.S." / "US"); contractions ("We’re" / "We are", "don’t" / "do not", one unit
/// each); and British and American spellings ("realise" / "realize", "colour" / "color").
enum QuoteWords {
    struct Word: Equatable {
        var written: String
        /// What the word is compared as: lowercase, contractions spelt out, American spelling.
        var key: String
        var tokens: Range<Int>

        /// Carries content: not a function word, pronoun or contraction.
        var isContent: Bool { key.count >= 3 && !key.contains(" ") && !QuoteWords.stopWords.contains(key) }
    }

    static let stopWords: Set<String> = FunctionWords.words.union([
        "you", "she", "they", "him", "them", "not", "can", "all", "any", "some", "what", "when", "where", "how", "why",
        "there", "here", "then", "also", "very", "just", "more", "most", "much", "many", "been", "being", "did", "does",
        "could", "should", "may", "might", "must", "shall", "out", "off", "only", "now", "yes", "every", "each", "other",
    ])

    static func words(_ d: Document, _ range: Range<Int>) -> [Word] {
        let tokens = d.tokens
        var result: [Word] = []
        result.reserveCapacity(range.count)
        // Each token's lowercase form, made once (the pair checks look one word ahead).
        var lower = [String?](repeating: nil, count: range.count)
        for k in range where tokens[k].kind != .punct { lower[k - range.lowerBound] = lowercase(d, k) }
        var i = range.lowerBound
        func word(_ k: Int) -> String? { k < range.upperBound ? lower[k - range.lowerBound] : nil }
        while i < range.upperBound {
            guard tokens[i].kind != .punct, let w = word(i) else { i += 1; continue }
            // "U.S.", "U.K.": single letters joined by points are one word.
            if w.count == 1, let end = initialism(d, i, range) {
                let written = d.string(tokens: i..<end)
                result.append(Word(written: written, key: written.lowercased().filter { $0 != "." }, tokens: i..<end))
                i = end
                continue
            }
            // "We’re", "don’t": word, apostrophe, ending, all joined.
            if i + 2 < range.upperBound, tokens[i + 1].isJoined, d.token(i + 1, is: "’") || d.token(i + 1, is: "'"),
               tokens[i + 2].isJoined, let ending = word(i + 2), let full = spelledOut(w, ending) {
                result.append(Word(written: d.string(tokens: i..<(i + 3)), key: full, tokens: i..<(i + 3)))
                i += 3
                continue
            }
            if w == "cannot" {
                result.append(Word(written: d.string(token: i), key: "can not", tokens: i..<(i + 1)))
                i += 1
                continue
            }
            // "We are", "do not": the pair a contraction would make, as one unit.
            if let next = word(i + 1), contractible(w, next) {
                result.append(Word(written: d.string(tokens: i..<(i + 2)), key: w + " " + next, tokens: i..<(i + 2)))
                i += 2
                continue
            }
            result.append(Word(written: d.string(token: i), key: american(w), tokens: i..<(i + 1)))
            i += 1
        }
        return result
    }

    /// Token `k` in lowercase; ASCII folded from its bytes.
    private static func lowercase(_ d: Document, _ k: Int) -> String {
        let t = d.tokens[k]
        if t.has(.nonASCII) { return d.string(token: k).lowercased() }
        return String(unsafeUninitializedCapacity: t.length) { buffer in
            for (n, b) in d.bytes[t.range].enumerated() { buffer[n] = Lexicon.foldByte(b) }
            return t.length
        }
    }

    /// The end of "U.S." / "U.S" starting at the single letter `i`, if it is one.
    private static func initialism(_ d: Document, _ i: Int, _ range: Range<Int>) -> Int? {
        let tokens = d.tokens
        var k = i, letters = 0
        while k < range.upperBound, tokens[k].kind == .word, tokens[k].length == 1, tokens[k].has(.capitalized) {
            letters += 1
            k += 1
            guard k < range.upperBound, tokens[k].isJoined, d.token(k, is: ".") else { break }
            k += 1
            guard k < range.upperBound, tokens[k].isJoined else { break }
        }
        return letters >= 2 ? k : nil
    }

    static let pronouns: Set<String> = ["i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what", "here", "let"]
    static let auxiliaries: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "could",
                                           "would", "should", "will", "must", "need", "might"]
    static let verbs: Set<String> = ["am", "are", "is", "will", "would", "have", "had"]

    /// "we" + "re" → "we are"; "don" + "t" → "do not"; nil for a possessive ("Japan’s").
    static func spelledOut(_ word: String, _ ending: String) -> String? {
        switch ending {
        case "t" where word.hasSuffix("n"):
            let base = word == "won" ? "will" : word == "can" ? "can" : word == "shan" ? "shall" : String(word.dropLast())
            return auxiliaries.contains(base) || base == "shall" ? base + " not" : nil
        case "re": return word + " are"
        case "ve": return word + " have"
        case "ll": return word + " will"
        case "m" where word == "i": return "i am"
        case "d": return pronouns.contains(word) ? word + " would" : nil
        case "s": return pronouns.contains(word) ? word + (word == "let" ? " us" : " is") : nil
        default: return nil
        }
    }

    static func contractible(_ word: String, _ next: String) -> Bool {
        guard word.utf8.count <= 6, next.utf8.count <= 5 else { return false }
        return (pronouns.contains(word) && verbs.contains(next)) || (next == "not" && auxiliaries.contains(word))
    }

    /// The American spelling of a British one, by the regular patterns and a few words.
    static func american(_ w: String) -> String {
        let utf8 = w.utf8
        guard utf8.count >= 4 else { return w }
        if let known = words[w] { return known }
        // Every pattern ends in one of these letters: most words leave here.
        guard utf8.count >= 5, let last = utf8.last, last == 0x65 || last == 0x64 || last == 0x73 || last == 0x67 || last == 0x72,
              utf8.allSatisfy({ $0 < 0x80 }) else { return w }
        for (british, american) in suffixes where utf8.count > british.utf8.count && utf8.suffix(british.utf8.count).elementsEqual(british.utf8) {
            let stem = w.dropLast(british.count)
            guard stem.count >= 2 else { continue }
            // "-our" only after a longer stem: "colour", "honour", not "four", "your", "tour".
            if british.hasPrefix("our"), stem.count < 3 { continue }
            // "-lled": "travelled", "labelled"; not "called", "filled" (stem of two letters before "ll").
            if british.hasPrefix("ll"), stem.count < 4 { continue }
            return stem + american
        }
        return w
    }

    static let suffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("isers", "izers"), ("iser", "izer"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
        ("ourable", "orable"), ("ouring", "oring"), ("oured", "ored"), ("ourite", "orite"), ("ours", "ors"), ("our", "or"),
        ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("tres", "ters"), ("tre", "ter"),
    ]

    static let words: [String: String] = [
        "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense", "grey": "gray",
        "programme": "program", "programmes": "programs", "cheque": "check", "tyre": "tire", "tyres": "tires",
        "aluminium": "aluminum", "analogue": "analog", "catalogue": "catalog", "dialogue": "dialog",
        "judgement": "judgment", "ageing": "aging", "enrol": "enroll", "fulfil": "fulfill", "towards": "toward",
        "whilst": "while", "amongst": "among", "mould": "mold", "plough": "plow",
    ]
}
