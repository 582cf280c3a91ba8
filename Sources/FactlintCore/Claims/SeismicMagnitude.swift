/// An earthquake's magnitude written with its scale's letters: "M2.1", "Mw6.4", "M 2.1",
/// "Mw 6.4", "ML 3.2". It is one figure, a plain number as a rule file states it ("2.1"),
/// with the letters in its span so a finding shows what was written ("found 'M1.2'"), never a
/// label "M2" and a count "1". Only a decimal below 10 is read: "the M4", "M25" are roads.
extension QuantityReader {
    /// Scale prefixes as written: the moment (Mw), local (ML) and surface-wave (Ms) scales, or a bare M.
    static let seismicScales: Set<String> = ["M", "Mw", "ML", "Ms"]

    /// Cheap test for `mayStart`: a word of at most four bytes starting with a capital M.
    @inline(__always)
    func maySeismic(_ d: Document, _ token: Token) -> Bool {
        token.length <= 4 && d.bytes[Int(token.start)] == UInt8(ascii: "M")
    }

    func seismicMagnitude(_ d: Document, at i: Int) -> Quantity? {
        let t = d.tokens
        guard t[i].kind == .word, maySeismic(d, t[i]) else { return nil }
        let bytes = d.bytes, range = t[i].range
        let letters = range.prefix { !(0x30...0x39).contains(bytes[$0]) }
        guard Self.seismicScales.contains(String(decoding: bytes[letters], as: UTF8.self)) else { return nil }
        let whole: Double, end: Int, step: Double
        if letters.count < range.count {
            // "M2.1": the letters joined to the whole part, then "." and the decimals.
            guard i + 2 < t.count, t[i + 1].isJoined, d.token(i + 1, is: "."), t[i + 2].isJoined, t[i + 2].kind == .number,
                  t[i + 2].length <= 2, range.count - letters.count == 1, let fraction = d.number(token: i + 2) else { return nil }
            let scale = t[i + 2].length == 1 ? 10.0 : 100.0
            whole = Double(bytes[range.upperBound - 1] - 0x30) + fraction / scale
            end = i + 3
            step = NumberReader.step(bytes, t[i + 2].range) / scale
        } else {
            // "M 2.1": the letters, a space, a decimal number.
            guard i + 1 < t.count, !t[i + 1].isJoined, t[i + 1].kind == .number, !t[i + 1].has(.lineBefore),
                  bytes[t[i + 1].range].contains(UInt8(ascii: ".")), let value = d.number(token: i + 1) else { return nil }
            whole = value
            end = i + 2
            step = NumberReader.step(bytes, t[i + 1].range)
        }
        guard whole < 10, end >= t.count || !(t[end].isJoined && t[end].kind != .punct) else { return nil }
        return Quantity(tokens: i..<end, bytes: Int(t[i].start)..<Int(t[end - 1].end), value: whole, upper: whole, mantissa: whole,
                        unit: .count, qualifier: .exact, hasMagnitude: false, step: step)
    }
}
