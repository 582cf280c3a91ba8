/// A quoted span: the text between a pair of quotation marks.
public struct Quotation: Sendable, Equatable {
    /// Tokens between the marks.
    public var tokens: Range<Int>
    /// Bytes between the marks.
    public var bytes: Range<Int>
    /// Quotations interrupted by attribution ("“…,” Trump said. “…”") share a group.
    public var group: Int
}

/// Finds quotations: curly and straight double quotes, «guillemets» (and Nordic
/// »reversed« ones), German and Nordic „low-high“ quotes, and single quotes used as
/// quotation marks (an apostrophe inside or at the end of a word — "Japan’s", "it's",
/// "leaders’" — is not one).
///
/// Contract: quotations do not cross a paragraph break and do not overlap (a quotation
/// inside a quotation is part of the outer one). An unbalanced mark yields nothing, never
/// a crash. Cost is one pass over the tokens.
public enum Quotations {
    enum Mark { case openDouble, closeDouble, straightDouble, openSingle, closeSingle, straightSingle, openGuillemet, closeGuillemet, openLow }

    /// How the open quotation was opened, which decides what closes it.
    enum Style { case curly, straight, single, guillemet, reversedGuillemet, low }

    static func mark(_ d: Document, _ i: Int) -> Mark? {
        let t = d.tokens[i]
        guard t.kind == .punct else { return nil }
        if t.length == 1 {
            switch d.bytes[Int(t.start)] {
            case 0x22: return .straightDouble
            case 0x27: return .straightSingle
            default: return nil
            }
        }
        if t.length == 2, d.bytes[Int(t.start)] == 0xC2 {
            switch d.bytes[Int(t.start) + 1] {
            case 0xAB: return .openGuillemet  // «
            case 0xBB: return .closeGuillemet // »
            default: return nil
            }
        }
        guard t.length == 3, d.bytes[Int(t.start)] == 0xE2, d.bytes[Int(t.start) + 1] == 0x80 else { return nil }
        switch d.bytes[Int(t.start) + 2] {
        case 0x9C: return .openDouble
        case 0x9D: return .closeDouble
        case 0x98: return .openSingle
        case 0x99: return .closeSingle
        case 0x9E: return .openLow // „
        default: return nil
        }
    }

    public static func find(in d: Document) -> [Quotation] {
        var result: [Quotation] = []
        let tokens = d.tokens
        var open: (index: Int, style: Style)? = nil
        var group = 0
        var lastClose = -100
        for i in tokens.indices {
            if tokens[i].has(.paragraphBefore) { open = nil }
            guard let mark = mark(d, i) else { continue }
            let nextJoined = i + 1 < tokens.count && tokens[i + 1].isJoined
            let nextIsWord = i + 1 < tokens.count && tokens[i + 1].kind != .punct
            let joinedBefore = tokens[i].isJoined && i > 0
            let wordBefore = joinedBefore && tokens[i - 1].kind == .word
            var opens = false, closes = false
            var style = Style.curly
            switch mark {
            case .openDouble:
                // “ closes a German „…“ quotation and opens any other.
                if open?.style == .low { closes = true } else { opens = open == nil }
            case .closeDouble: closes = open?.style == .curly || open?.style == .straight || open?.style == .low
            case .straightDouble:
                if open?.style == .straight || open?.style == .curly { closes = true } else if open == nil { opens = true; style = .straight }
            case .openSingle: opens = open == nil; style = .single
            case .closeSingle, .straightSingle:
                // An apostrophe sits inside a word ("Japan’s") or after one ("leaders’ "): it closes
                // only an open single quote, and opens only before a word after a space.
                if open?.style == .single, !(wordBefore && nextJoined && nextIsWord) { closes = true }
                else if open == nil, !joinedBefore, nextJoined, nextIsWord { opens = true; style = .single }
            case .openGuillemet:
                if open?.style == .reversedGuillemet { closes = true } else { opens = open == nil; style = .guillemet }
            case .closeGuillemet:
                // » closes «…», and opens a Nordic »…« before a word.
                if open?.style == .guillemet { closes = true }
                else if open == nil, nextJoined, nextIsWord { opens = true; style = .reversedGuillemet }
            case .openLow: opens = open == nil; style = .low
            }
            if opens {
                open = (i, style)
            } else if closes, let o = open {
                if i > o.index + 1 {
                    if !attributionBetween(d, lastClose, o.index) { group += 1 }
                    result.append(Quotation(tokens: (o.index + 1)..<i,
                                            bytes: Int(tokens[o.index + 1].start)..<Int(tokens[i - 1].end), group: group))
                    lastClose = i
                }
                open = nil
            }
        }
        return result
    }

    /// "“…,” Trump said. “…”": only an attribution (a few words with a speech verb) lies
    /// between the close at `close` and the next open at `open`, in the same paragraph.
    static func attributionBetween(_ d: Document, _ close: Int, _ open: Int) -> Bool {
        guard close >= 0, open - close <= 8, open > close else { return false }
        for k in (close + 1)...open where d.tokens[k].has(.paragraphBefore) { return false }
        return ((close + 1)..<open).contains { SpeechVerbs.contains(d, $0) }
    }

    /// `found` (one value a quotation), each nil filled with the first value of its group:
    /// the parts of an interrupted quotation share an attribution.
    static func sharedByGroup<T>(_ found: [T?], _ quotations: [Quotation]) -> [T?] {
        var byGroup: [Int: T] = [:]
        for (q, value) in zip(quotations, found) where byGroup[q.group] == nil { if let value { byGroup[q.group] = value } }
        return zip(quotations, found).map { q, value in value ?? byGroup[q.group] }
    }

    /// Index of the quotation containing token `i`, if any (binary search).
    public static func containing(_ i: Int, in quotations: [Quotation]) -> Int? {
        var low = 0, high = quotations.count
        while low < high {
            let mid = (low + high) / 2
            if quotations[mid].tokens.upperBound <= i { low = mid + 1 } else { high = mid }
        }
        return low < quotations.count && quotations[low].tokens.contains(i) ? low : nil
    }
}

/// Verbs of saying, for attributions.
enum SpeechVerbs {
    static let words: Set<String> = ["said", "says", "say", "told", "tells", "added", "adds", "asked", "asks",
                                     "stated", "declared", "replied", "noted", "wrote", "continued", "insisted"]

    static func contains(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        guard t.kind == .word, t.length <= 9 else { return false }
        return words.contains(String(decoding: d.bytes[t.range].map(Lexicon.foldByte), as: UTF8.self))
    }
}
