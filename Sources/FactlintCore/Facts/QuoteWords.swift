/// The words of a quotation as articles are compared on. House style is not drift, so
/// it is folded before comparing: letter case; abbreviations with or without points
/// ("U.S." / "US"); contractions ("We’re" / "We are", "don’t" / "do not", one unit
/// each); and British and American spellings ("realise" / "realize", "colour" / "color").
///
/// Keys are hashes of the folded text (`QuotesRule.foldedHash` of "we are", "realize"),
/// computed from the bytes: an ordinary word costs one pass and a few set probes.
enum QuoteWords {
    struct Word {
        var written: String
        /// The hash of what the word is compared as: lowercase, contractions spelt out, American spelling.
        var key: UInt64
        var tokens: Range<Int>
        /// Carries content: not a function word, pronoun or contraction.
        var isContent: Bool
    }

    static func words(_ d: Document, _ range: Range<Int>) -> [Word] {
        let tokens = d.tokens
        var result: [Word] = []
        result.reserveCapacity(range.count)
        // Each token's folded hash, made once (the pair checks look one word ahead).
        var hashes = [UInt64](repeating: 0, count: range.count)
        for k in range where tokens[k].kind != .punct { hashes[k - range.lowerBound] = folded(d, k) }
        func hash(_ k: Int) -> UInt64? { k < range.upperBound && tokens[k].kind != .punct ? hashes[k - range.lowerBound] : nil }
        var i = range.lowerBound
        while i < range.upperBound {
            guard let h = hash(i) else { i += 1; continue }
            // "U.S.", "U.K.": single letters joined by points are one word.
            if tokens[i].length == 1, let end = initialism(d, i, range) {
                let written = d.string(tokens: i..<end)
                result.append(Word(written: written, key: QuotesRule.foldedHash(written.filter { $0 != "." }), tokens: i..<end, isContent: true))
                i = end
                continue
            }
            // "We’re", "don’t": word, apostrophe, ending, all joined.
            if i + 2 < range.upperBound, tokens[i + 1].isJoined, d.token(i + 1, is: "’") || d.token(i + 1, is: "'"),
               tokens[i + 2].isJoined, tokens[i + 2].kind == .word, tokens[i + 2].length <= 2,
               hash(i + 2) != Folded.s || Folded.pronouns.contains(h), // "Japan’s" is a possessive: no String built
               let full = spelledOut(d.string(token: i).lowercased(), d.string(token: i + 2).lowercased()) {
                result.append(Word(written: d.string(tokens: i..<(i + 3)), key: QuotesRule.foldedHash(full), tokens: i..<(i + 3), isContent: false))
                i += 3
                continue
            }
            if h == Folded.cannot {
                result.append(Word(written: d.string(token: i), key: QuotesRule.foldedHash("can not"), tokens: i..<(i + 1), isContent: false))
                i += 1
                continue
            }
            // "We are", "do not": the pair a contraction would make, as one unit.
            if let next = hash(i + 1), (Folded.pronouns.contains(h) && Folded.verbs.contains(next)) || (next == Folded.not && Folded.auxiliaries.contains(h)) {
                result.append(Word(written: d.string(tokens: i..<(i + 2)), key: pairKey(d, i), tokens: i..<(i + 2), isContent: false))
                i += 2
                continue
            }
            let content = tokens[i].length >= 3 && !Folded.stopWords.contains(h)
            result.append(Word(written: d.string(token: i), key: american(d, i, folded: h) ?? h, tokens: i..<(i + 1), isContent: content))
            i += 1
        }
        return result
    }

    /// `QuotesRule.foldedHash` of token `k`, from its bytes.
    private static func folded(_ d: Document, _ k: Int) -> UInt64 {
        let t = d.tokens[k]
        if t.has(.nonASCII) { return QuotesRule.foldedHash(d.string(token: k)) }
        var h = FNV64()
        for b in d.bytes[t.range] { h.add(Lexicon.foldByte(b)) }
        return h.value
    }

    /// `QuotesRule.foldedHash` of "we are" for the tokens "We" and "are" at `i` (both ASCII: pronouns and verbs are).
    private static func pairKey(_ d: Document, _ i: Int) -> UInt64 {
        var h = FNV64()
        for b in d.bytes[d.tokens[i].range] { h.add(Lexicon.foldByte(b)) }
        h.add(0x20)
        for b in d.bytes[d.tokens[i + 1].range] { h.add(Lexicon.foldByte(b)) }
        return h.value
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
    static let stopWords: Set<String> = FunctionWords.words.union([
        "you", "she", "they", "him", "them", "not", "can", "all", "any", "some", "what", "when", "where", "how", "why",
        "there", "here", "then", "also", "very", "just", "more", "most", "much", "many", "been", "being", "did", "does",
        "could", "should", "may", "might", "must", "shall", "out", "off", "only", "now", "yes", "every", "each", "other",
    ])

    /// The word lists as folded hashes, probed without building a String per word.
    enum Folded {
        static func hashes(_ words: Set<String>) -> Set<UInt64> { Set(words.map(QuotesRule.foldedHash)) }
        static let pronouns = hashes(QuoteWords.pronouns)
        static let auxiliaries = hashes(QuoteWords.auxiliaries)
        static let verbs = hashes(QuoteWords.verbs)
        static let stopWords = hashes(QuoteWords.stopWords)
        static let not = QuotesRule.foldedHash("not")
        static let cannot = QuotesRule.foldedHash("cannot")
        static let s = QuotesRule.foldedHash("s")
        static let british = Dictionary(uniqueKeysWithValues: QuoteWords.britishWords.map { (QuotesRule.foldedHash($0.key), QuotesRule.foldedHash($0.value)) })
    }

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

    /// The hash of token `i`'s American spelling when it differs (`h` is its folded hash); nil for most words.
    static func american(_ d: Document, _ i: Int, folded h: UInt64) -> UInt64? {
        let t = d.tokens[i]
        guard t.length >= 4, !t.has(.nonASCII) else { return nil }
        if let known = Folded.british[h] { return known }
        let bytes = d.bytes, start = Int(t.start), end = Int(t.end)
        // Most words leave here: no pattern ends in their last letter.
        guard t.length >= 5, suffixLastBytes.contains(Lexicon.foldByte(bytes[end - 1])) else { return nil }
        for (british, american) in suffixBytes where t.length > british.count {
            var matches = true
            for (n, b) in british.enumerated() where Lexicon.foldByte(bytes[end - british.count + n]) != b { matches = false; break }
            guard matches else { continue }
            let stem = t.length - british.count
            // "-our" only after a longer stem: "colour", "honour", not "four", "your", "tour";
            // "-lled" only after one of four letters: "travelled", "labelled", not "called", "filled".
            guard stem >= 2, british.first != 0x6F || stem >= 3, british.first != 0x6C || stem >= 4 else { continue }
            var spelled = FNV64()
            for k in start..<(end - british.count) { spelled.add(Lexicon.foldByte(bytes[k])) }
            for b in american { spelled.add(b) }
            return spelled.value
        }
        return nil
    }

    static let suffixBytes: [([UInt8], [UInt8])] = suffixes.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The last letters of the British suffixes, derived so that a new pattern cannot be missed.
    static let suffixLastBytes: Set<UInt8> = Set(suffixBytes.compactMap { $0.0.last })

    static let suffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("isers", "izers"), ("iser", "izer"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
        ("ourable", "orable"), ("ouring", "oring"), ("oured", "ored"), ("ourite", "orite"), ("ours", "ors"), ("our", "or"),
        ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("tres", "ters"), ("tre", "ter"),
    ]

    static let britishWords: [String: String] = [
        "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense", "grey": "gray",
        "programme": "program", "programmes": "programs", "cheque": "check", "tyre": "tire", "tyres": "tires",
        "aluminium": "aluminum", "analogue": "analog", "catalogue": "catalog", "dialogue": "dialog",
        "judgement": "judgment", "ageing": "aging", "enrol": "enroll", "fulfil": "fulfill", "towards": "toward",
        "whilst": "while", "amongst": "among", "mould": "mold", "plough": "plow",
    ]
}
