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
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let text = DecompositionTable.text.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        for line in text.split(separator: "\n") {
            let values = line.split(separator: " ").compactMap { UInt32($0, radix: 16) }
            guard let key = values.first else { continue }
            table[key] = values.dropFirst().compactMap(Unicode.Scalar.init)
        }
        return table
    }()
}
