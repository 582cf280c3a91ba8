/// The name forms one article uses, packed for the cross-document pass: one byte buffer and
/// fixed-size records instead of Strings and full locations per occurrence, so an archive of
/// 40,000 articles keeps a few dozen bytes per form. Records carry hashes of the form's
/// variant key and comparable spelling; the comparison groups on those hashes first and
/// only builds Strings for the few keys that have more than one spelling.
public struct FormTable: Sendable {
    /// 36 bytes. Hashes are 32-bit: a key collision only sends a key to the exact String
    /// comparison, and two spellings of one key colliding is a one-in-four-billion miss.
    struct Record: Sendable {
        /// Hash of `VariantsRule.key(form)`: what variants share.
        var key: UInt32
        /// Hash of `VariantsRule.comparable(form)`: the spelling, first letter's case aside.
        var comparable: UInt32
        var formStart: UInt32
        var byteStart: UInt32
        var line: UInt32, column: UInt32, endLine: UInt32, endColumn: UInt32
        var formLength: UInt16
        var byteLength: UInt16
        /// A single word that opens a sentence: capitalized by position, perhaps no name.
        /// It is compared only with a key some other record has too.
        var opensSentence = false
    }

    let path: String
    private(set) var text: [UInt8] = []
    private(set) var records: [Record] = []

    init(path: String) { self.path = path }

    var isEmpty: Bool { records.isEmpty }

    /// Adds a form (its bytes as normalized for comparison) found at `location`. Forms over
    /// 64 KiB (no name is) and offsets past 4 GiB are not recorded.
    mutating func add(_ form: some Collection<UInt8>, at location: SourceLocation, opensSentence: Bool = false) {
        guard form.count <= Int(UInt16.max), location.byteRange.count <= Int(UInt16.max),
              let formStart = UInt32(exactly: text.count), let byteStart = UInt32(exactly: location.byteRange.lowerBound),
              let line = UInt32(exactly: location.line), let column = UInt32(exactly: location.column),
              let endLine = UInt32(exactly: location.endLine), let endColumn = UInt32(exactly: location.endColumn)
        else { return }
        text.append(contentsOf: form)
        let stored = text[Int(formStart)...]
        let key: UInt64, comparable: UInt64
        if stored.allSatisfy({ $0 < 0x80 }) {
            // ASCII: both hashes straight from the bytes, no String.
            var k = FNV64(), c = FNV64()
            var first = true
            for b in stored {
                let lower = Lexicon.foldByte(b)
                if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) { k.add(lower) }
                c.add(first ? lower : b)
                first = false
            }
            (key, comparable) = (k.value, c.value)
        } else {
            let string = String(decoding: stored, as: UTF8.self)
            key = FNV64.of(VariantsRule.key(string).utf8)
            comparable = FNV64.of(VariantsRule.comparable(string).utf8)
        }
        records.append(Record(key: UInt32(truncatingIfNeeded: key ^ (key >> 32)),
                              comparable: UInt32(truncatingIfNeeded: comparable ^ (comparable >> 32)),
                              formStart: formStart, byteStart: byteStart, line: line, column: column,
                              endLine: endLine, endColumn: endColumn,
                              formLength: UInt16(form.count), byteLength: UInt16(location.byteRange.count),
                              opensSentence: opensSentence))
    }

    /// Drops the spare capacity of the growing arrays: tables live until the comparison.
    mutating func shrink() {
        text = text.withUnsafeBufferPointer { Array($0) }
        records = records.withUnsafeBufferPointer { Array($0) }
    }

    func form(_ r: Record) -> String {
        String(decoding: text[Int(r.formStart)..<(Int(r.formStart) + Int(r.formLength))], as: UTF8.self)
    }

    func location(_ r: Record) -> SourceLocation {
        SourceLocation(path: path, line: Int(r.line), column: Int(r.column), endLine: Int(r.endLine),
                       endColumn: Int(r.endColumn), byteRange: Int(r.byteStart)..<(Int(r.byteStart) + Int(r.byteLength)))
    }
}

extension FormTable: Codable {}
