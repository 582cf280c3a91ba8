/// Byte- and scalar-level classification used by the tokenizer.
enum CharacterClass: UInt8 {
    case letter, digit, space, newline, other

    /// ASCII lookup table; non-ASCII bytes are classified per scalar.
    static let ascii: [CharacterClass] = (0..<128).map { b -> CharacterClass in
        switch UInt8(b) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case 0x0A, 0x0D: return .newline
        case 0x20, 0x09, 0x0B, 0x0C: return .space
        default: return .other
        }
    }

    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.value {
        case 0x2028, 0x2029, 0x85: return .newline
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x200B, 0xFEFF: return .space // zero-width space and a stray BOM separate nothing visible
        case 0xAD, 0x200C, 0x200D: return .letter // soft hyphen and joiners stay inside a word
        default: break
        }
        let p = scalar.properties
        if p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            || p.generalCategory == .enclosingMark {
            return .letter
        }
        if p.numericType == .decimal { return .digit }
        return .other
    }

    /// Decodes the scalar at `i` (valid UTF-8 assumed to be checked by the caller via `length`).
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
        var v = UInt32(p[i])
        switch length {
        case 2: v = (v & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
        case 3: v = (v & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
        case 4: v = (v & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
        default: break
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        let b0 = p[i]
        @inline(__always) func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < n && p[i + k] >= low && p[i + k] <= high
        }
        switch b0 {
        case 0..<0x80: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
