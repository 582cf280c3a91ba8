/// A copy of an article's bytes in which everything that is not prose (markup, code, URLs)
/// is blanked, keeping every byte offset: masked bytes become spaces, line breaks stay
/// where they are, so lines, columns and fixes computed on the mask are right in the source.
///
/// Two substitutions keep the length and add what analysis needs: a block boundary writes
/// U+2029 PARAGRAPH SEPARATOR (three bytes) into the blanked markup, which the tokenizer
/// counts as a line break but the line index does not; a character entity is written as
/// its character, padded with spaces to the entity's length.
struct ProseMask {
    private(set) var bytes: [UInt8]

    init(_ source: [UInt8]) { bytes = source }

    /// Blanks `range`, keeping CR and LF.
    mutating func blank(_ range: Range<Int>) {
        for i in range.clamped(to: 0..<bytes.count) where bytes[i] != 0x0A && bytes[i] != 0x0D { bytes[i] = 0x20 }
    }

    /// Blanks `range` and, when it is long enough and on one line, marks a block boundary in it.
    mutating func blankBlock(_ range: Range<Int>) {
        blank(range)
        guard range.count >= 3 else { return }
        let start = range.lowerBound
        guard !bytes[start..<start + 3].contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return }
        bytes.replaceSubrange(start..<start + 3, with: ProseMask.paragraphSeparator)
    }

    /// Writes `character`'s UTF-8 bytes into `range` (an entity), padded with spaces: after
    /// the character when text precedes it ("said,&rdquo;"), before it otherwise ("&ldquo;We").
    mutating func decode(_ range: Range<Int>, as character: Unicode.Scalar) {
        let encoded = Array(String(character).utf8)
        guard encoded.count <= range.count else { return }
        blank(range)
        let start = range.lowerBound
        let afterSeparator = start >= 3 && Array(bytes[(start - 3)..<start]) == ProseMask.paragraphSeparator
        let follows = start > 0 && !afterSeparator && ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[start - 1])
        let at = follows ? range.lowerBound : range.upperBound - encoded.count
        bytes.replaceSubrange(at..<at + encoded.count, with: encoded)
    }

    static let paragraphSeparator: [UInt8] = [0xE2, 0x80, 0xA9]

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
    }
}
