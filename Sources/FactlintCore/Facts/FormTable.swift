/// The name forms one article uses, packed for the cross-document pass: one byte buffer and
/// fixed-size records instead of Strings and full locations per occurrence, so an archive of
/// 40,000 articles keeps a few dozen bytes per form. Records carry 64-bit hashes of the
/// form's variant key and comparable spelling; the comparison groups on those hashes first
/// and only builds Strings for the few keys that have more than one spelling.
public struct FormTable: Sendable {
    struct Record: Sendable {
        /// Hash of `VariantsRule.key(form)`: what variants share.
        var key: UInt64
        /// Hash of `VariantsRule.comparable(form)`: the spelling, first letter's case aside.
        var comparable: UInt64
        var form: Range<UInt32>
        var line: Int32, column: Int32, endLine: Int32, endColumn: Int32
        var bytes: Range<Int>
    }

    let path: String
    private(set) var text: [UInt8] = []
    private(set) var records: [Record] = []

    init(path: String) { self.path = path }

    var isEmpty: Bool { records.isEmpty }

    /// Adds a form (its bytes as normalized for comparison) found at `location`.
    mutating func add(_ form: some Collection<UInt8>, at location: SourceLocation) {
        let start = UInt32(text.count)
        text.append(contentsOf: form)
        let stored = text[Int(start)...]
        let key: UInt64, comparable: UInt64
        if stored.allSatisfy({ $0 < 0x80 }) {
            // ASCII: both hashes straight from the bytes, no String.
            var k = FNV64(), c = FNV64()
            for (i, b) in stored.enumerated() {
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) { k.add(lower) }
                c.add(i == 0 ? lower : b)
            }
            (key, comparable) = (k.value, c.value)
        } else {
            let string = String(decoding: stored, as: UTF8.self)
            key = FNV64.of(VariantsRule.key(string).utf8)
            comparable = FNV64.of(VariantsRule.comparable(string).utf8)
        }
        records.append(Record(key: key, comparable: comparable, form: start..<UInt32(text.count),
                              line: Int32(clamping: location.line), column: Int32(clamping: location.column),
                              endLine: Int32(clamping: location.endLine), endColumn: Int32(clamping: location.endColumn),
                              bytes: location.byteRange))
    }

    func form(_ r: Record) -> String { String(decoding: text[Int(r.form.lowerBound)..<Int(r.form.upperBound)], as: UTF8.self) }

    func location(_ r: Record) -> SourceLocation {
        SourceLocation(path: path, line: Int(r.line), column: Int(r.column), endLine: Int(r.endLine),
                       endColumn: Int(r.endColumn), byteRange: r.bytes)
    }
}

/// FNV-1a, 64 bits: a stable hash of bytes (Swift's `Hasher` is seeded per process).
struct FNV64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = FNV64()
        for b in bytes { h.add(b) }
        return h.value
    }
}
