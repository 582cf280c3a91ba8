/// Canonical decomposition (Unicode NFD) without ICU: what Foundation's
/// `decomposedStringWithCanonicalMapping` gives, from a generated table
/// (`DecompositionTable`, by scripts/decomposition-table) plus the Hangul arithmetic, with
/// combining marks put in canonical order. Accent folding needs it ("é" is "e" + U+0301).
public enum CanonicalDecomposition {
    /// The NFD form of `text`.
    public static func decompose(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { append(scalar, to: &scalars) }
        reorderMarks(&scalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let v = scalar.value
        if v < 0xC0 { out.append(scalar); return } // nothing below À decomposes
        if (hangulBase..<hangulBase + 11172).contains(v) { appendHangul(v, to: &out); return }
        if let parts = table[v] { out.append(contentsOf: parts) } else { out.append(scalar) }
    }

    // Hangul syllables: leading consonant, vowel and optional trailing consonant by arithmetic.
    private static let hangulBase: UInt32 = 0xAC00

    private static func appendHangul(_ v: UInt32, to out: inout [Unicode.Scalar]) {
        let index = v - hangulBase
        out.append(Unicode.Scalar(0x1100 + index / 588)!)
        out.append(Unicode.Scalar(0x1161 + (index % 588) / 28)!)
        if index % 28 != 0 { out.append(Unicode.Scalar(0x11A7 + index % 28)!) }
    }

    /// Canonical ordering: within each run of marks of non-zero combining class, a stable
    /// sort by class.
    private static func reorderMarks(_ scalars: inout [Unicode.Scalar]) {
        var i = 0
        while i < scalars.count {
            guard combiningClass(scalars[i]) != 0 else { i += 1; continue }
            var end = i + 1
            while end < scalars.count, combiningClass(scalars[end]) != 0 { end += 1 }
            if end - i > 1 {
                let run = scalars[i..<end].enumerated().sorted {
                    (combiningClass($0.element), $0.offset) < (combiningClass($1.element), $1.offset)
                }
                scalars.replaceSubrange(i..<end, with: run.map(\.element))
            }
            i = end
        }
    }

    private static func combiningClass(_ s: Unicode.Scalar) -> UInt8 { s.properties.canonicalCombiningClass.rawValue }

    /// Scalar value → its full decomposition, parsed once from the generated text.
    static let table = DecompositionTable.text.withUTF8Buffer(parse)

    /// Lines of hex values separated by spaces: the first is the key, the rest its scalars (a
    /// token that is not hex is skipped). Parsed as bytes: splitting Strings made this a
    /// quarter of a run's start-up.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> [UInt32: [Unicode.Scalar]] {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        var values: [UInt32] = []
        var value: UInt32 = 0, digits = 0, valid = true
        func endToken() {
            if digits > 0 && valid { values.append(value) }
            value = 0; digits = 0; valid = true
        }
        func endLine() {
            endToken()
            if let key = values.first { table[key] = values.dropFirst().compactMap(Unicode.Scalar.init) }
            values.removeAll(keepingCapacity: true)
        }
        for byte in text {
            switch byte {
            case UInt8(ascii: "\n"): endLine()
            case UInt8(ascii: " "): endToken()
            default:
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                default: valid = false; continue
                }
                if value > UInt32.max >> 4 { valid = false }
                value = value &<< 4 | digit
                digits += 1
            }
        }
        endLine()
        return table
    }
}
