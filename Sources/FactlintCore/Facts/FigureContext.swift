/// A figure as one article states it, with the words around it that say what it measures:
/// the content words of its clause ("Japanese", "companies", "investments"), stemmed, so
/// figures in different articles can be matched by what they are about, with no rules.
public struct StatedFigure: Sendable {
    var quantity: Quantity
    var written: String
    /// Stemmed content words near the figure, sorted, unique.
    var context: [String]
    /// What the figure counts or is a measure of, stemmed: the noun right after it ("87
    /// patients") or the noun it is "of" ("a depth of 22 km"). Figures with different heads
    /// are different quantities, whatever their context.
    var head: String?
    /// The figure counts its head, a plural noun ("12 new seismic stations"): only figures of
    /// that noun, or with it in their words, speak for it.
    var counts: Bool
    /// Per item, a part, or stated: only figures of one role are compared.
    var role: Quantity.Role
    /// The sentence's index in its document: two values in one sentence are two quantities.
    var sentence: Int
    /// Capitalized context words of the figure's own clause ("Österholm" in "Österholm marks
    /// its 100th anniversary"), and of the sentence's other clauses within reach ("while
    /// Österholm celebrates its centenary"): who the figure is about, and who it is set apart from.
    var names: [String] = []
    var namesElsewhere: [String] = []
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
        "expected", "expect", "expects", "forecast", "forecasts", "predicted",
        "projected", "consensus", "previous", "previously", "earlier", "prior", "last", "compared", "versus", "vs",
        "originally", "initially", "target", "targets", "goal", "planned", "proposed", "sought", "asked",
    ]
    /// The two sets above, looked up on a token's bytes (no String per word).
    static let stopWords = FoldedWordSet(stop), framingWords = FoldedWordSet(framing)
    /// Words that say which way a measure runs ("12 mm thick"), not what it measures.
    static let dimensionWords: Set<String> = ["thick", "long", "wide", "high", "deep", "tall", "across", "square", "wider", "longer"]
    /// How far a context reaches on each side, in words, inside the figure's sentence.
    static let reach = 10

    static func figures(in d: Document, reader: ClaimReader) -> [StatedFigure] {
        let read = reader.quantities(in: d)
        let quantities = read.items
        guard !quantities.isEmpty else { return [] }
        var inFigure = [Bool](repeating: false, count: d.tokens.count)
        for q in quantities { for k in q.tokens { inFigure[k] = true } }
        // Each token's context word, made once for every sentence with a figure before any
        // window is read: neighbouring figures share most of their words, and a table the walk
        // only reads costs no exclusivity checks.
        var stemmed = [String?](repeating: nil, count: d.tokens.count)
        var filled = [Bool](repeating: false, count: d.sentences.count)
        for q in quantities {
            let s = d.sentenceIndex(ofToken: q.tokens.lowerBound)
            guard !filled[s] else { continue }
            filled[s] = true
            for k in d.sentences[s].tokens where d.tokens[k].kind == .word && !inFigure[k] { stemmed[k] = contextWord(d, k) }
        }
        let stems = stemmed
        return quantities.indices.map { i in
            let q = quantities[i]
            let sentenceIndex = d.sentenceIndex(ofToken: q.tokens.lowerBound)
            let sentence = d.sentences[sentenceIndex].tokens
            let clauses = read.clauses[read.clauseIndex[i]]
            var taken: [String] = [], names: [String] = [], namesElsewhere: [String] = []
            let framed: Bool
            func take(_ k: Int) -> Bool {
                let t = d.tokens[k]
                if t.kind == .punct && (d.token(k, is: ";") || d.token(k, is: "—")) { return false }
                guard t.kind == .word, !inFigure[k], let word = stems[k] else { return true }
                taken.append(word)
                // Names of another clause may be who the figure is set apart from: "X marks
                // its 150th anniversary, while Y celebrates its centenary".
                if t.has(.capitalized) {
                    if clauses.related(figure: q.tokens, anchor: k..<(k + 1)) { names.append(word) } else { namesElsewhere.append(word) }
                }
                return true
            }
            var k = q.tokens.lowerBound - 1, n = 0
            while k >= sentence.lowerBound && n < reach && take(k) { if d.tokens[k].kind == .word { n += 1 }; k -= 1 }
            k = q.tokens.upperBound; n = 0
            while k < sentence.upperBound && n < reach && take(k) { if d.tokens[k].kind == .word { n += 1 }; k += 1 }
            // Framing reaches further than context: "Last year the … budget was $51 million".
            let before = max(sentence.lowerBound, q.tokens.lowerBound - 4 * reach)..<q.tokens.lowerBound
            let after = q.tokens.upperBound..<min(sentence.upperBound, q.tokens.upperBound + 3)
            // The reader's role says it too: an expectation or a change is not a level (per-item
            // amounts and parts are levels of their own, compared only with their kind).
            framed = q.role == .expected || q.role == .change || (Array(before) + Array(after)).contains { k in
                d.tokens[k].kind == .word && framingWords.contains(d, token: k)
            } || isStartingPoint(d, before: q.tokens.lowerBound, in: sentence)
              || (max(sentence.lowerBound, q.tokens.lowerBound - 1)..<q.tokens.lowerBound).contains { k in
                // "now 72": a value at the time of writing, which articles
                // written on other days may rightly give otherwise.
                d.tokens[k].kind == .word && d.string(token: k).lowercased() == "now"
            }
            let h = head(d, q, reader: reader)
            return StatedFigure(quantity: q, written: d.string(q.bytes), context: sortedUnique(taken),
                                head: h?.word, counts: h?.plural ?? false, role: namedPart(d, q) ? .stated : q.role, sentence: sentenceIndex,
                                names: sortedUnique(names), namesElsewhere: sortedUnique(namesElsewhere), framed: framed, location: d.location(q.bytes))
        }
    }

    /// A word token's context word, stemmed, or nil for a stop word or a short one.
    static func contextWord(_ d: Document, _ k: Int) -> String? {
        guard !stopWords.contains(d, token: k) else { return nil }
        let word = d.string(token: k).lowercased()
        // Characters are counted only when bytes and characters may differ.
        guard word.utf8.count >= 3, !d.tokens[k].has(.nonASCII) || word.count >= 3 else { return nil }
        return stem(word)
    }

    /// The words sorted, each once: the first written of equal ones kept, as a Set would
    /// (hashing every word of every window cost more than sorting the few of each).
    static func sortedUnique(_ words: [String]) -> [String] {
        let order = words.indices.sorted { (words[$0], $0) < (words[$1], $1) }
        var out: [String] = []
        out.reserveCapacity(order.count)
        for i in order where out.last != words[i] { out.append(words[i]) }
        return out
    }

    /// The noun right after the figure ("87 patients", "12 new seismic stations": the first
    /// plural in up to three words, else the first word; "600 of the employees": "employees"),
    /// else the noun right before "of" ("a depth of 22 km"), stemmed. `plural` says the figure
    /// counts that noun.
    static func head(_ d: Document, _ q: Quantity, reader: ClaimReader) -> (word: String, plural: Bool)? {
        let t = d.tokens, v = reader.reader.v
        /// A lowercase content word (stop words such as "new" pass as nil), or stop the scan.
        func word(_ k: Int) -> String?? {
            guard k >= 0, k < t.count, t[k].kind == .word, !t[k].has(.capitalized), !FunctionWords.contains(d.bytes, t[k].range),
                  !v.perItem.contains(t[k].word), t[k].word != v.per, reader.reader.numbers.number(d, at: k) == nil else { return nil }
            let w = d.string(token: k).lowercased()
            return .some(w.count >= 3 && !stop.contains(w) ? w : nil)
        }
        func noun(_ k: Int) -> String? { word(k) ?? nil }
        func plural(_ w: String) -> Bool { w.hasSuffix("s") && !w.hasSuffix("ss") }
        var end = q.tokens.upperBound
        if q.role == .part, end + 2 < t.count, t[end].word == v.of {
            end += t[end + 1].kind == .word && FunctionWords.contains(d.bytes, t[end + 1].range) ? 2 : 1
        }
        if end < t.count, !t[end].has(.paragraphBefore) {
            var first: String? = nil, noun: String? = nil, k = end
            while k < min(end + 3, t.count), let w = word(k) {
                if let w, plural(w) { return (stem(w), true) }
                if first == nil { first = w }
                // "15 mm thick laminated glass": a measure's dimension word and a participle
                // describe the noun that follows them.
                if noun == nil, let w, !(q.unit != .count && (dimensionWords.contains(w) || w.hasSuffix("ed"))) { noun = w }
                k += 1
            }
            if let head = noun ?? first { return (stem(head), false) }
        }
        let s = q.tokens.lowerBound
        if s >= 2, t[s - 1].word == v.of, let w = noun(s - 2) { return (stem(w), false) }
        return nil
    }

    /// Words of change before "from": "up from (the) €205bn", "fell from 12": what was before.
    static let changeWords = FoldedWordSet(["up", "down", "rose", "fell", "climbed", "dropped", "grew", "increased", "decreased",
                                            "jumped", "slipped", "rising", "falling", "climbing", "dropping", "growing"])

    /// The figure is the starting point of a change ("up from the €205bn"): an earlier value.
    static func isStartingPoint(_ d: Document, before start: Int, in sentence: Range<Int>) -> Bool {
        var k = start - 1
        if k > sentence.lowerBound, d.tokens[k].kind == .word, d.string(token: k).lowercased() == "the" { k -= 1 }
        guard k > sentence.lowerBound, d.tokens[k].kind == .word, d.string(token: k).lowercased() == "from" else { return false }
        return d.tokens[k - 1].kind == .word && changeWords.contains(d, token: k - 1)
    }

    /// "212 structures, 78 of them homes": a part named by its own noun after "of" and a
    /// pronoun is a count of that noun, and votes with the plain counts of it ("87 homes").
    static func namedPart(_ d: Document, _ q: Quantity) -> Bool {
        let k = q.tokens.upperBound
        guard q.role == .part, k + 2 < d.tokens.count, d.token(k, is: "of"), d.tokens[k + 2].kind == .word else { return false }
        return ["them", "which", "whom", "those", "these"].contains(d.string(token: k + 1).lowercased())
    }

    private static let suffixes = ["ments", "ment", "ies", "ing", "ed", "es", "s"]

    /// A crude stem: plural and verb endings off, so "investments"/"invest" and
    /// "companies"/"company" meet.
    static func stem(_ word: String) -> String {
        var bytes = word
        if let cut = bytes.withUTF8(asciiStem) { return cut ?? word }
        return stemByCharacters(word)
    }

    /// `stem` by Characters, for words that are not ASCII.
    static func stemByCharacters(_ word: String) -> String {
        var w = word
        // The last byte first: it rules out most suffixes without a Unicode-aware comparison.
        let last = word.utf8.last
        for suffix in suffixes where last == suffix.utf8.last && w.hasSuffix(suffix) && w.count > suffix.count + 3 {
            // "-es" is a suffix after a sibilant ("boxes", "taxes"); otherwise only the "s" is
            // ("takes" → "take", as "take").
            if suffix == "es", !(["s", "x", "z", "ch", "sh"].contains { w.dropLast(2).hasSuffix($0) }) { continue }
            w = String(w.dropLast(suffix.count))
            if suffix == "ies" { w += "y" }
            break
        }
        return w
    }

    private static let asciiSuffixes = suffixes.map { Array($0.utf8) }

    /// `stem` on ASCII bytes, where a suffix and a character count are plain byte work:
    /// nil when the word is not ASCII, `.some(nil)` when no suffix comes off.
    static func asciiStem(_ w: UnsafeBufferPointer<UInt8>) -> String?? {
        guard w.allSatisfy({ $0 < 0x80 }) else { return nil }
        func ends(_ suffix: [UInt8], at end: Int) -> Bool {
            end >= suffix.count && w[(end - suffix.count)..<end].elementsEqual(suffix)
        }
        for (n, suffix) in asciiSuffixes.enumerated() where w.count > suffix.count + 3 && ends(suffix, at: w.count) {
            let keep = w.count - suffix.count
            if suffixes[n] == "es", !([[0x73], [0x78], [0x7A], [0x63, 0x68], [0x73, 0x68]] as [[UInt8]]).contains(where: { ends($0, at: keep) }) { continue }
            let stem = String(decoding: UnsafeBufferPointer(rebasing: w[0..<keep]), as: UTF8.self)
            return .some(suffixes[n] == "ies" ? stem + "y" : stem)
        }
        return .some(nil)
    }
}

extension StatedFigure: Codable {}
