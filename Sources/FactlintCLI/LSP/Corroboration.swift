import FactlintCore

/// Where other articles already write what a fix would put in: a finding whose fix has one
/// right answer ("Yokosuk" → "Yokosuka") and no related locations of its own gets up to
/// `limit` of them, one per article in path order, so the editor shows what the other
/// articles say. Matches are whole words, byte for byte.
enum Corroboration {
    static let limit = 3

    static func add(to diagnostics: inout [Diagnostic], documents: [(path: String, bytes: [UInt8])]) {
        for i in diagnostics.indices {
            guard diagnostics[i].related.isEmpty, let fix = diagnostics[i].fix else { continue }
            let needle = Array(fix.text.utf8)
            guard needle.count >= 2 else { continue }
            var found: [RelatedLocation] = []
            for document in documents where document.path != diagnostics[i].location.path {
                guard let offset = firstWord(needle, in: document.bytes) else { continue }
                let text = SourceText(bytes: document.bytes)
                let start = text.lineColumn(of: offset)
                let end = text.lineColumn(of: offset + needle.count)
                let location = SourceLocation(path: document.path, line: start.line, column: start.column,
                                              endLine: end.line, endColumn: end.column, byteRange: offset..<offset + needle.count)
                found.append(RelatedLocation(location, "written '\(fix.text)' here"))
                if found.count == limit { break }
            }
            diagnostics[i].related = found
        }
    }

    /// First occurrence of `needle` not inside a longer word (letters and digits in any script).
    static func firstWord(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i..<i + needle.count].elementsEqual(needle)
                && !isWord(scalarEnding(at: i, bytes)) && !isWord(scalarStarting(at: i + needle.count, bytes)) {
                return i
            }
            i += 1
        }
        return nil
    }

    private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func scalarStarting(at i: Int, _ bytes: [UInt8]) -> Unicode.Scalar? {
        guard i < bytes.count else { return nil }
        let length = UTF16Positions.sequenceLength(bytes, i)
        return String(decoding: bytes[i..<i + length], as: UTF8.self).unicodeScalars.first
    }

    private static func scalarEnding(at i: Int, _ bytes: [UInt8]) -> Unicode.Scalar? {
        guard i > 0 else { return nil }
        var start = i - 1
        while start > 0 && i - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self).unicodeScalars.last
    }
}
