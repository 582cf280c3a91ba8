/// Markdown articles as prose: front matter, fenced and indented code, HTML comments and
/// tags, link reference definitions, inline code, link and image targets, bare URLs, and
/// the markup characters themselves (`#`, `>`, list markers, emphasis, escapes) are blanked;
/// link text stays; entities are decoded in place. Byte offsets stay those of the source.
enum MarkdownMask {
    static func mask(_ source: [UInt8]) -> (mask: ProseMask, comments: [(range: Range<Int>, text: String)]) {
        var mask = ProseMask(source)
        maskBlocks(source, &mask)
        var comments: [(range: Range<Int>, text: String)] = []
        maskInline(&mask, &comments)
        return (mask, comments)
    }

    /// The byte range of each line, without its line break.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            result.append(start..<(i > start && bytes[i - 1] == 0x0D ? i - 1 : i))
            start = i + 1
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }

    /// Line-level structure: front matter, code blocks, definitions, block markers.
    static func maskBlocks(_ source: [UInt8], _ mask: inout ProseMask) {
        let lines = lines(source)
        var index = 0
        if let first = lines.first {
            var start = first.lowerBound
            if source[first].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
            let opener = Array(source[start..<first.upperBound])
            if opener == Array("---".utf8) || opener == Array("+++".utf8),
               let close = lines.dropFirst().firstIndex(where: { Array(source[$0]) == opener || (opener[0] == 0x2D && Array(source[$0]) == Array("...".utf8)) }) {
                mask.blank(start..<lines[close].upperBound)
                index = close + 1
            }
        }
        var fence: (byte: UInt8, count: Int)? = nil
        var previousBlank = true, previousCode = false
        while index < lines.count {
            let line = lines[index]
            index += 1
            let indent = leadingSpaces(source, line)
            let content = (line.lowerBound + min(indent.bytes, line.count))..<line.upperBound
            let blankLine = content.isEmpty
            if let open = fence {
                mask.blank(line)
                let run = runLength(source, content, of: open.byte)
                if indent.columns < 4, run >= open.count, source[(content.lowerBound + run)..<content.upperBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { fence = nil }
                continue
            }
            if indent.columns < 4, let b = content.first.map({ source[$0] }), b == 0x60 || b == 0x7E, runLength(source, content, of: b) >= 3 {
                fence = (b, runLength(source, content, of: b))
                mask.blank(line)
                previousBlank = false
                continue
            }
            if indent.columns >= 4 && !blankLine && (previousBlank || previousCode) {
                mask.blank(line)
                previousCode = true
                previousBlank = false
                continue
            }
            previousCode = previousCode && blankLine
            previousBlank = blankLine
            if blankLine { continue }
            if isDefinition(source, content) || isRule(source, content) {
                mask.blank(line)
                continue
            }
            mask.blank(line.lowerBound..<markersEnd(source, content))
        }
    }

    /// Spaces and tabs at the start of a line, in bytes and in columns (a tab is four).
    static func leadingSpaces(_ bytes: [UInt8], _ line: Range<Int>) -> (bytes: Int, columns: Int) {
        var count = 0, columns = 0
        for i in line {
            if bytes[i] == 0x20 { columns += 1 } else if bytes[i] == 0x09 { columns += 4 } else { break }
            count += 1
        }
        return (count, columns)
    }

    static func runLength(_ bytes: [UInt8], _ range: Range<Int>, of b: UInt8) -> Int {
        var n = 0
        while range.lowerBound + n < range.upperBound, bytes[range.lowerBound + n] == b { n += 1 }
        return n
    }

    /// `[label]: destination` (a link reference definition).
    static func isDefinition(_ bytes: [UInt8], _ content: Range<Int>) -> Bool {
        guard content.count > 3, bytes[content.lowerBound] == 0x5B else { return false }
        guard let close = content.dropFirst().first(where: { bytes[$0] == 0x5D }) else { return false }
        return close + 1 < content.upperBound && bytes[close + 1] == 0x3A && close > content.lowerBound + 1
    }

    /// A thematic break or setext underline: only `-`, `*`, `_` or `=` (three or more) and spaces.
    static func isRule(_ bytes: [UInt8], _ content: Range<Int>) -> Bool {
        let marks = content.filter { bytes[$0] != 0x20 && bytes[$0] != 0x09 }
        guard marks.count >= 3, let first = marks.first.map({ bytes[$0] }) else { return marks.count > 0 && marks.allSatisfy { bytes[$0] == 0x3D } }
        return [0x2D, 0x2A, 0x5F, 0x3D].contains(first) && marks.allSatisfy { bytes[$0] == first }
    }

    /// Where the prose of a line starts, after blockquote `>`s, a list marker and heading `#`s.
    static func markersEnd(_ bytes: [UInt8], _ content: Range<Int>) -> Int {
        var i = content.lowerBound
        func spaces() { while i < content.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
        func followedBySpace(_ j: Int) -> Bool { j == content.upperBound || bytes[j] == 0x20 || bytes[j] == 0x09 }
        while i < content.upperBound, bytes[i] == 0x3E { i += 1; spaces() } // '>'
        if i < content.upperBound, [0x2D, 0x2B, 0x2A].contains(bytes[i]), followedBySpace(i + 1) { i += 1; spaces() }
        var digits = i
        while digits < content.upperBound, digits - i < 9, bytes[digits] >= 0x30 && bytes[digits] <= 0x39 { digits += 1 }
        if digits > i, digits < content.upperBound, bytes[digits] == 0x2E || bytes[digits] == 0x29, followedBySpace(digits + 1) { i = digits + 1; spaces() }
        let hashes = runLength(bytes, i..<content.upperBound, of: 0x23)
        if (1...6).contains(hashes), followedBySpace(i + hashes) { i += hashes; spaces() }
        return i
    }
}
