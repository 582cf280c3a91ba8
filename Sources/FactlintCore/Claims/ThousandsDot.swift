/// "84.612 spectators" in continental copy is 84,612: a count written with one dot and
/// exactly three digits after it ("84.612", not "84.61" or "1.234.567") can be read either
/// way, so a fact's value agrees with it under either reading.
enum ThousandsDot {
    static func alternative(_ q: Quantity, in d: Document) -> Quantity? {
        guard q.unit == .count, q.qualifier != .range, !q.hasMagnitude, q.tokens.count == 1 else { return nil }
        let token = d.tokens[q.tokens.lowerBound]
        guard token.kind == .number else { return nil }
        let bytes = d.bytes[token.range]
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), bytes.lastIndex(of: UInt8(ascii: ".")) == dot,
              (1...3).contains(dot - bytes.startIndex), bytes.endIndex - dot == 4,
              bytes.allSatisfy({ $0 == UInt8(ascii: ".") || (0x30...0x39).contains($0) }) else { return nil }
        var alt = q
        alt.value *= 1000; alt.upper *= 1000; alt.mantissa *= 1000; alt.step = 1
        return alt
    }
}
