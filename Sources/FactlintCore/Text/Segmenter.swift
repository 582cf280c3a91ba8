/// A sentence: a run of tokens, and the paragraph it belongs to.
public struct Sentence: Sendable, Equatable {
    public var tokens: Range<Int>
    public var paragraph: Int
}

/// Splits tokens into sentences and paragraphs.
///
/// Contract: sentences cover every token, in order, without overlap. A paragraph ends at
/// a blank line. A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or
/// brackets) when the next token starts a sentence (capital letter, digit, opening
/// quote) — except after an abbreviation ("Mr.", "Oct.", "No.") or an initial
/// ("U.S."). A line break also ends a sentence after terminal punctuation, and after
/// a line that is a sentence of its own with no punctuation at all (a headline).
public enum Segmenter {
    public static func sentences(_ tokens: [Token], in text: SourceText) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0, paragraph = 0
        let bytes = text.bytes
        func close(at end: Int) {
            if end > start { result.append(Sentence(tokens: start..<end, paragraph: paragraph)) }
            start = end
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i > start && t.has(.paragraphBefore) {
                close(at: i)
            } else if i > start && t.has(.lineBefore) && endsLine(tokens, before: i, sentenceStart: start, bytes) {
                close(at: i)
            }
            if i == start && t.has(.paragraphBefore) && !result.isEmpty { paragraph += 1 }
            if t.kind == .punct && isTerminal(bytes, t) {
                var j = i + 1
                while j < tokens.count && tokens[j].isJoined && isCloser(bytes, tokens[j]) { j += 1 }
                if j == tokens.count {
                    close(at: j)
                    break
                }
                let next = tokens[j]
                if next.has(.spaceBefore) && startsSentence(bytes, next) && !isAbbreviation(tokens, dotAt: i, bytes) {
                    if !next.has(.lineBefore) { close(at: j) }
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(at: tokens.count)
        return result
    }

    private static func endsLine(_ tokens: [Token], before i: Int, sentenceStart: Int, _ bytes: [UInt8]) -> Bool {
        var k = i - 1
        while k > sentenceStart && isCloser(bytes, tokens[k]) { k -= 1 }
        if tokens[k].kind == .punct && isTerminal(bytes, tokens[k]) {
            return !isAbbreviation(tokens, dotAt: k, bytes) || startsSentence(bytes, tokens[i])
        }
        // A short line with no terminal punctuation that began a sentence is a headline, unless
        // it stops mid-phrase ("met with", "the", a comma): then the line was wrapped. Commas or
        // more than a dozen words also mean wrapped prose.
        // Scan back at most 13 words (a longer line is prose anyway) and at most 64 tokens (a
        // table of bare numbers has no words to count): linear however long the sentence.
        var words = 0, commas = false, j = i - 1
        while j >= sentenceStart && words <= 12 && !commas {
            if i - j > 64 { words = 13; break }
            if tokens[j].kind == .word { words += 1 }
            commas = tokens[j].length == 1 && bytes[Int(tokens[j].start)] == 0x2C
            j -= 1
        }
        let headline = (tokens[sentenceStart].has(.lineBefore) || sentenceStart == 0) && words <= 12 && !commas
        let last = tokens[i - 1]
        if last.kind == .punct && !isCloser(bytes, last) { return false }
        if last.kind == .word && !last.has(.capitalized) && FunctionWords.contains(bytes, last.range) { return false }
        return headline && startsSentence(bytes, tokens[i])
    }

    static func isTerminal(_ bytes: [UInt8], _ t: Token) -> Bool {
        let b = bytes[Int(t.start)]
        if t.length == 1 { return b == 0x2E || b == 0x21 || b == 0x3F }
        return t.length == 3 && b == 0xE2 && bytes[Int(t.start) + 1] == 0x80 && bytes[Int(t.start) + 2] == 0xA6 // …
    }

    /// Closing quotes and brackets: " ' ) ] ” ’
    static func isCloser(_ bytes: [UInt8], _ t: Token) -> Bool {
        guard t.kind == .punct else { return false }
        let b = bytes[Int(t.start)]
        if t.length == 1 { return b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D }
        return t.length == 3 && b == 0xE2 && bytes[Int(t.start) + 1] == 0x80
            && (bytes[Int(t.start) + 2] == 0x9D || bytes[Int(t.start) + 2] == 0x99)
    }

    private static func startsSentence(_ bytes: [UInt8], _ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.has(.capitalized)
        case .number: return true
        case .punct:
            let b = bytes[Int(t.start)]
            if t.length == 1 { return b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B || b == 0x2D || b == 0x24 }
            // “ ‘ — • and currency signs
            return b == 0xE2 || b == 0xC2 || b == 0xEF
        }
    }

    /// True when the `.` at `dotAt` closes an abbreviation or an initial rather than a sentence.
    private static func isAbbreviation(_ tokens: [Token], dotAt: Int, _ bytes: [UInt8]) -> Bool {
        guard dotAt > 0, bytes[Int(tokens[dotAt].start)] == 0x2E else { return false }
        let word = tokens[dotAt - 1]
        guard word.kind == .word, tokens[dotAt].isJoined else { return false }
        if word.length == 1 && word.has(.capitalized) { return true } // "U.S.", "J. K."
        return Abbreviations.contains(bytes, word.range)
    }
}

/// Words that a period follows without ending the sentence.
enum Abbreviations {
    static let words: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
        "capt", "sgt", "adm", "cmdr", "maj", "rev", "hon", "pres", "supt", "insp",
        "inc", "corp", "co", "ltd", "bros", "no", "nos", "vs", "approx", "dept", "est", "fig", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private static let packed = PackedWords(words)

    static func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool { packed.contains(bytes, range) }
}

/// Words a headline does not end with; a line ending in one was wrapped mid-sentence.
enum FunctionWords {
    static let words: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "as", "that", "which", "who", "whose", "his", "her", "its", "their", "our", "this", "these", "than",
        "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "into", "about", "after",
        "before", "between", "over", "under", "said", "says", "told",
    ]

    private static let packed = PackedWords(words)

    static func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool { packed.contains(bytes, range) }
}

/// A set of short ASCII words, each packed into one integer: a lookup folds at most eight
/// bytes into a register, with no String or array built per token.
struct PackedWords: Sendable {
    private let set: Set<UInt64>

    init(_ words: Set<String>) {
        set = Set(words.compactMap { word in
            let bytes = Array(word.utf8)
            return bytes.count <= 8 ? PackedWords.pack(bytes, bytes.indices) : nil
        })
    }

    func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let key = PackedWords.pack(bytes, range) else { return false }
        return set.contains(key)
    }

    /// The folded bytes as a little-endian integer, or nil when longer than eight bytes.
    @inline(__always)
    static func pack(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64? {
        guard !range.isEmpty, range.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (shift, i) in range.enumerated() { key |= UInt64(Lexicon.foldByte(bytes[i])) << UInt64(8 * shift) }
        return key
    }
}
