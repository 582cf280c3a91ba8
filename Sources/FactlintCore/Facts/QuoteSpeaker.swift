/// Who a quotation is attributed to, read from the attribution right next to its marks:
/// after the closing mark ("…," Halvorsen said / "…," said Ingrid Halvorsen / "…," she
/// added) or before the opening mark (Halvorsen said: "…"). The speaker is the name (a run
/// of capitalized words, titles left out) or pronoun on the far side of the speech verb
/// from the quotation. The parts of an interrupted quotation share their speaker. nil when
/// no attribution sits next to the quotation: a verb further away may introduce other
/// words ("the leader said Japan faced an 'unprecedented' threat").
enum QuoteSpeaker {
    static let verbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes", "replied", "replies",
        "explained", "explains", "insisted", "insists", "stated", "states", "noted", "notes", "declared",
        "declares", "warned", "warns", "recalled", "recalls", "argued", "argues", "continued", "continues",
    ]
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i"]
    static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "sir", "dame"]
    /// Capitalized at a sentence's start, but never a name.
    static let notNames: Set<String> = ["it", "this", "that", "these", "those", "the", "there", "which", "who", "what", "you"]

    /// The speaker of each quotation (parallel to `quotations`).
    static func speakers(of quotations: [Quotation], in d: Document) -> [String?] {
        Quotations.sharedByGroup(quotations.map { speaker(of: $0, in: d) }, quotations)
    }

    static func speaker(of q: Quotation, in d: Document) -> String? {
        let n = d.tokens.count
        // After: skip the closing mark and a comma, then "said X" or "X said".
        var k = q.tokens.upperBound + 1
        while k < n, isComma(d, k) { k += 1 }
        if k < n, isVerb(d, k), let name = name(d, from: k + 1), sameLine(d, q.tokens.upperBound..<name.end) { return name.text }
        if k < n, let name = name(d, from: k), name.end < n, isVerb(d, name.end), sameLine(d, q.tokens.upperBound..<(name.end + 1)) {
            return name.text
        }
        // Before: "X said: “…”", "X said “…”".
        var v = q.tokens.lowerBound - 2
        while v >= 0, isComma(d, v) || d.token(v, is: ":") { v -= 1 }
        guard v >= 1, isVerb(d, v), sameLine(d, (v - 1)..<q.tokens.lowerBound) else { return nil }
        var start = v
        while start > 0, isNameWord(d, start - 1) { start -= 1 }
        if start < v { return d.string(tokens: start..<v) }
        return isPronoun(d, v - 1) ? d.string(token: v - 1) : nil
    }

    /// A name (titles skipped, hyphenated parts kept: "Oh Hyun-joo") or a pronoun starting at `i`.
    static func name(_ d: Document, from i: Int) -> (text: String, end: Int)? {
        let n = d.tokens.count
        guard i < n else { return nil }
        if isPronoun(d, i) { return (d.string(token: i), i + 1) }
        var start = i
        while start < n, isNameWord(d, start), titles.contains(d.string(token: start).lowercased()) {
            start += 1
            if start < n, d.token(start, is: ".") { start += 1 }
        }
        var end = start
        while end < n {
            if isNameWord(d, end) { end += 1; continue }
            if end > start, end + 1 < n, d.token(end, is: "-"), !d.tokens[end].has(.spaceBefore), d.tokens[end + 1].kind == .word,
               !d.tokens[end + 1].has(.spaceBefore) { end += 2; continue }
            break
        }
        return end > start ? (d.string(tokens: start..<end), end) : nil
    }

    static func isVerb(_ d: Document, _ i: Int) -> Bool {
        d.tokens[i].kind == .word && verbs.contains(d.string(token: i).lowercased())
    }

    static func isNameWord(_ d: Document, _ i: Int) -> Bool {
        d.tokens[i].kind == .word && d.tokens[i].has(.capitalized)
            && !pronouns.contains(d.string(token: i).lowercased()) && !notNames.contains(d.string(token: i).lowercased())
    }

    static func isPronoun(_ d: Document, _ i: Int) -> Bool {
        i >= 0 && d.tokens[i].kind == .word && pronouns.contains(d.string(token: i).lowercased())
    }

    /// No line break inside `range` (an attribution is in the quotation's paragraph).
    static func sameLine(_ d: Document, _ range: Range<Int>) -> Bool {
        !range.dropFirst().contains { $0 < d.tokens.count && d.tokens[$0].has(.lineBefore) }
    }

    static func isComma(_ d: Document, _ i: Int) -> Bool { d.token(i, is: ",") }
}
