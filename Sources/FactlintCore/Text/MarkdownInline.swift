extension MarkdownMask {
    /// Inline markup over the text left by `maskBlocks`: comments, tags, code spans, links,
    /// images, URLs, emphasis, escapes and entities. Searches for a closing mark stop at a
    /// blank line or after `reach` bytes, so the pass stays linear.
    static func maskInline(_ mask: inout ProseMask, _ comments: inout [(range: Range<Int>, text: String)]) {
        let text = mask.bytes
        let n = text.count
        var i = 0
        while i < n {
            let b = text[i]
            switch b {
            case 0x3C where HTMLComments.startsComment(text, i): // <!--
                let comment = HTMLComments.comment(in: text, at: i)
                mask.blank(comment.range)
                comments.append(comment)
                i = comment.range.upperBound
            case 0x3C where i + 1 < n && (HTMLMask.isLetter(text[i + 1]) || text[i + 1] == 0x2F): // <tag> or <https://…>
                guard let close = find(0x3E, in: text, from: i + 1) else { i += 1; continue }
                mask.blank(i..<(close + 1))
                i = close + 1
            case 0x60: // `code`
                let run = runLength(text, i..<n, of: 0x60)
                if let end = closingRun(of: run, in: text, from: i + run) { mask.blank(i..<end); i = end } else { i += run }
            case 0x21 where i + 1 < n && text[i + 1] == 0x5B: // ![image](target)
                if let end = linkEnd(text, labelStart: i + 1) { mask.blank(i..<end.end); i = end.end } else { i += 2 }
            case 0x5B: // [text](target) or [text][ref]
                if let end = linkEnd(text, labelStart: i) {
                    mask.blank(i..<(i + 1))
                    mask.blank(end.labelEnd..<end.end)
                }
                i += 1
            case 0x5C where i + 1 < n && isPunctuation(text[i + 1]): // \* escape
                mask.blank(i..<(i + 1))
                i += 2
            case 0x2A: // *emphasis*
                mask.blank(i..<(i + 1))
                i += 1
            case 0x7E where i + 1 < n && text[i + 1] == 0x7E: // ~~strike~~
                mask.blank(i..<(i + 2))
                i += 2
            case 0x5F: // _emphasis_, but not snake_case
                let before = i > 0 && ProseMask.isWordByte(text[i - 1]) && text[i - 1] != 0x5F
                let after = i + 1 < n && ProseMask.isWordByte(text[i + 1]) && text[i + 1] != 0x5F
                if !(before && after) { mask.blank(i..<(i + 1)) }
                i += 1
            case 0x26: // &entity;
                if let entity = HTMLEntities.entity(in: text, at: i) { mask.decode(i..<entity.end, as: entity.character); i = entity.end } else { i += 1 }
            case _ where (b == 0x68 || b == 0x77) && (i == 0 || !ProseMask.isWordByte(text[i - 1])): // http(s)://, www.
                let end = urlEnd(text, from: i)
                if end > i { mask.blank(i..<end); i = end } else { i += 1 }
            default:
                i += 1
            }
        }
    }

    /// How far a closing mark is looked for (links, code spans, tags are shorter in practice).
    static let reach = 1000

    /// The first `byte` after `start` within reach and before a blank line.
    static func find(_ byte: UInt8, in text: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < min(text.count, start + reach) {
            if text[i] == byte { return i }
            if text[i] == 0x0A && i + 1 < text.count && text[i + 1] == 0x0A { return nil }
            i += 1
        }
        return nil
    }

    static func closingRun(of count: Int, in text: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < start + reach, let at = find(0x60, in: text, from: i) { // within reach of the opening run
            let run = runLength(text, at..<text.count, of: 0x60)
            if run == count { return at + run }
            i = at + run
        }
        return nil
    }

    /// For `[label](target)` or `[label][ref]` starting at `labelStart` (the `[`): where the
    /// label ends (its `]`) and where the whole link ends. Nil for a bare `[text]`.
    static func linkEnd(_ text: [UInt8], labelStart: Int) -> (labelEnd: Int, end: Int)? {
        var depth = 0, i = labelStart
        while i < min(text.count, labelStart + reach) {
            switch text[i] {
            case 0x5B: depth += 1
            case 0x5D:
                depth -= 1
                if depth == 0 {
                    guard i + 1 < text.count else { return nil }
                    let open = text[i + 1], close: UInt8 = open == 0x28 ? 0x29 : 0x5D
                    guard open == 0x28 || open == 0x5B else { return nil }
                    var nested = 0, k = i + 1
                    while k < min(text.count, i + reach) {
                        if text[k] == open { nested += 1 } else if text[k] == close { nested -= 1; if nested == 0 { return (i, k + 1) } }
                        if text[k] == 0x0A && k + 1 < text.count && text[k + 1] == 0x0A { return nil }
                        k += 1
                    }
                    return nil
                }
            case 0x0A where i + 1 < text.count && text[i + 1] == 0x0A: return nil
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The end of a bare URL starting at `start` (`http://`, `https://`, `www.`), or `start`.
    static func urlEnd(_ text: [UInt8], from start: Int) -> Int {
        let prefixes = ["https://", "http://", "www."].map { Array($0.utf8) }
        guard prefixes.contains(where: { text[start...].starts(with: $0) }) else { return start }
        var i = start
        while i < text.count, text[i] > 0x20, text[i] != 0x3C, text[i] != 0x3E, text[i] != 0x22 { i += 1 }
        while i > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27].contains(text[i - 1]) { i -= 1 } // trailing punctuation is prose
        return i
    }

    static func isPunctuation(_ b: UInt8) -> Bool {
        (0x21...0x2F).contains(b) || (0x3A...0x40).contains(b) || (0x5B...0x60).contains(b) || (0x7B...0x7E).contains(b)
    }
}
