/// Continental number style, read the other way: "84.612 spectators" or "41.300 hectares"
/// is 84,612 or 41,300 (one dot and exactly three digits after it), and "38,2 degrees" is
/// 38.2 (one comma and one or two digits after it). Such a figure can be meant either way,
/// so a fact's value agrees with it under either reading.
enum ThousandsDot {
    static func alternative(_ q: Quantity, in d: Document) -> Quantity? {
        guard q.qualifier != .range, !q.hasMagnitude, q.tokens.count >= 1, q.unit != .percent else { return nil }
        guard let k = q.tokens.first(where: { d.tokens[$0].kind == .number }) else { return nil }
        let bytes = d.bytes[d.tokens[k].range]
        guard bytes.allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || (0x30...0x39).contains($0) }) else { return nil }
        func single(_ mark: Character) -> Int? {
            let byte = UInt8(ascii: mark.unicodeScalars.first!)
            guard let at = bytes.firstIndex(of: byte), bytes.lastIndex(of: byte) == at else { return nil }
            return bytes.endIndex - at - 1
        }
        let dots = bytes.filter { $0 == UInt8(ascii: ".") }.count, commas = bytes.filter { $0 == UInt8(ascii: ",") }.count
        let digits = String(decoding: bytes.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
        guard let whole = Double(digits), dots + commas == 1, (1...3).contains(bytes.count - 1 - (single(".") ?? single(",") ?? 0)) else { return nil }
        let value: Double
        if commas == 0, let after = single("."), after == 3 {
            value = whole // "41.300": the dot groups thousands
        } else if dots == 0, let after = single(","), (1...2).contains(after) {
            value = whole / (after == 1 ? 10 : 100) // "38,2": the comma is the decimal point
        } else {
            return nil
        }
        guard q.value != 0, value != q.value else { return nil }
        let ratio = value / q.value
        var alt = q
        alt.value = value; alt.upper *= ratio; alt.mantissa *= ratio; alt.step *= ratio
        return alt
    }
}
