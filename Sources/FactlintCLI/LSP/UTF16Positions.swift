import FactlintCore

/// A position as the protocol counts it: 0-based line, 0-based offset in UTF-16 code units.
public struct LSPPosition: Equatable, Comparable, Sendable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) { self.line = line; self.character = character }
    public static func < (a: LSPPosition, b: LSPPosition) -> Bool { (a.line, a.character) < (b.line, b.character) }

    var json: JSONValue { ["line": .int(line), "character": .int(character)] }
    init?(_ json: JSONValue) {
        guard let line = json["line"].int, let character = json["character"].int else { return nil }
        self.init(line: line, character: character)
    }
}

/// Converts between factlint's byte offsets (and scalar columns) and protocol positions.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as in `SourceText` and the protocol; a UTF-8
/// byte order mark is not part of line 0. Within a line, a scalar of four UTF-8 bytes (an
/// emoji) is two UTF-16 units, any other scalar one (`é`, `日`). A byte that does not start
/// a well-formed sequence counts as one unit, as the U+FFFD an editor shows for it.
public struct UTF16Positions: Sendable {
    public let text: SourceText

    public init(bytes: [UInt8]) { text = SourceText(bytes: bytes) }

    public func position(ofByte offset: Int) -> LSPPosition {
        let offset = max(text.contentStart, min(offset, text.bytes.count))
        let line = text.lineColumn(of: offset).line
        let start = text.lineStarts[line - 1]
        var units = 0
        walk(start, until: offset) { _, width in units += width }
        return LSPPosition(line: line - 1, character: units)
    }

    /// The byte offset of a position, clamped as the protocol asks: a line past the end is
    /// the end of the text, a character past the line's end is the line's end, and a
    /// position inside a surrogate pair moves to the start of its scalar.
    public func byteOffset(of position: LSPPosition) -> Int {
        guard position.line >= 0 else { return text.contentStart }
        guard position.line < text.lineCount else { return text.bytes.count }
        let range = text.lineRange(position.line + 1)
        var units = 0
        var result = range.upperBound
        walk(range.lowerBound, until: range.upperBound) { at, width in
            if result == range.upperBound && units + width > position.character { result = at }
            units += width
        }
        return position.character <= 0 ? range.lowerBound : result
    }

    /// UTF-16 offset in its line of a 1-based scalar column (what factlint prints) on a 1-based line.
    public func character(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1 && line <= text.lineCount else { return 0 }
        let range = text.lineRange(line)
        var scalars = 1
        var units = 0
        walk(range.lowerBound, until: range.upperBound) { _, width in
            if scalars < scalarColumn { units += width; scalars += 1 }
        }
        return units
    }

    /// Calls `body(offset, utf16Width)` for each scalar starting in `from..<until`.
    private func walk(_ from: Int, until end: Int, _ body: (Int, Int) -> Void) {
        let bytes = text.bytes
        var i = from
        while i < end {
            let length = Self.sequenceLength(bytes, i)
            body(i, length == 4 ? 2 : 1)
            i += length
        }
    }

    /// Length of the well-formed UTF-8 sequence at `i`, or 1 for a byte that starts none.
    static func sequenceLength(_ bytes: [UInt8], _ i: Int) -> Int {
        let lead = bytes[i]
        let length: Int
        switch lead {
        case 0x00..<0x80: return 1
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return 1
        }
        guard i + length <= bytes.count else { return 1 }
        for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return 1 }
        return length
    }
}
