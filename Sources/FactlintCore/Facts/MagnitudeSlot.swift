/// Where a missing magnitude word goes in an amount, and whether one may be added at all.
///
/// "$550" → "$550 billion" and "120 dollars" → "120 billion dollars"; but when the word
/// after the amount already looks like a magnitude the extractor did not read ("$120 bln",
/// "$120 bilion", "$550 billionths", "a $5 bill"), adding one would write a second, so no
/// fix is offered at all.
enum MagnitudeSlot {
    static let words = ["thousand", "million", "billion", "trillion"]

    /// The byte offset where the magnitude word goes, or nil when none may be added.
    static func offset(_ q: Quantity, in d: Document) -> Int? {
        let t = d.tokens
        guard !q.tokens.isEmpty else { return nil }
        var next = q.tokens.upperBound
        if next + 1 < t.count, t[next].isJoined, d.token(next, is: "-"), t[next + 1].isJoined { next += 1 }
        if next < t.count, t[next].kind == .word, looksLikeMagnitude(d.string(token: next)) { return nil }
        let last = q.tokens.upperBound - 1
        // A currency word after the number ("120 dollars"): the magnitude goes before it.
        let slot = t[last].kind == .word && last > q.tokens.lowerBound ? Int(t[last - 1].end) : Int(t[last].end)
        // The word must end at a boundary: glued to a letter or mark ("$120ٝln") the
        // amount is something this reading does not understand, and the insertion would
        // build a new word that a second pass reads differently.
        guard slot == d.bytes.count || isBoundary(d.bytes[slot]) else { return nil }
        return slot
    }

    /// Space, an ASCII control or ASCII punctuation: a magnitude word may end before it.
    private static func isBoundary(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(byte >= 0x30 && byte <= 0x39) && !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// The figure `q` as written with `word` in its slot, on one line ("$120" → "$120
    /// billion"), or nil when no magnitude may be added.
    static func written(_ q: Quantity, with word: String, in d: Document) -> String? {
        offset(q, in: d).map { MagnitudeCheck.oneLine(insert(word, into: Array(d.bytes[q.bytes]), at: $0 - q.bytes.lowerBound)) }
    }

    /// The amount as written with `word` inserted at `offset` (bytes between tokens kept).
    static func insert(_ word: String, into bytes: [UInt8], at offset: Int) -> String {
        String(decoding: bytes[..<offset], as: UTF8.self) + " " + word + String(decoding: bytes[offset...], as: UTF8.self)
    }

    /// A magnitude word of three letters or more, in any case ("billion", "MLN").
    static func isMagnitude(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count >= 3 && bytes.count <= 8 && spelled.contains { $0.elementsEqual(bytes.lazy.map { $0 | 0x20 }) }
    }

    private static let spelled: [[UInt8]] = (words + ["bln", "mln", "trn"]).map { Array($0.utf8) }

    /// A magnitude, an abbreviation of one ("bn", "bln", "mln", "mil", "k"), a misspelling
    /// ("bilion") or a longer word built on one ("billions", "billionths").
    static func looksLikeMagnitude(_ word: String) -> Bool {
        let w = word.lowercased()
        let scalars = Array(w.unicodeScalars)
        for full in words {
            if full.hasPrefix(w) || w.hasPrefix(full) { return true }
            if scalars.count >= 5, EditDistance.distance(scalars, Array(full.unicodeScalars), limit: 2) != nil { return true }
        }
        guard scalars.count <= 4, let first = w.first, "kmbt".contains(first) else { return false }
        return w.allSatisfy { $0.isLetter && !"aeiouy".contains($0) }
    }
}
