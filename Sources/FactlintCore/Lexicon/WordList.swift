#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A sorted, newline-separated word list searched in place: loading it is one read,
/// looking a word up is a binary search over its bytes. Lookups are lowercase ASCII-folded.
///
/// The binary search is only right on a list that is lowercase, sorted and free of `\r`:
/// a list saved with CRLF endings, in another order or with capitals would silently find
/// nothing. One linear pass checks that; a list that fails it is normalized (line breaks,
/// surrounding spaces, ASCII case, order, duplicates), never used as is.
public struct WordList: Sendable {
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = WordList.isNormalized(bytes) ? bytes : WordList.normalized(bytes)
    }

    /// Lowercase ASCII, "\n" line ends only, no blank lines or spaces, strictly increasing.
    static func isNormalized(_ bytes: [UInt8]) -> Bool {
        var previous = 0..<0, start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            let line = start..<i
            start = i + 1
            if line.isEmpty { if i == bytes.count { break } else { return false } }
            for k in line where bytes[k] == 0x0D || bytes[k] == 0x20 || bytes[k] == 0x09 || Lexicon.foldByte(bytes[k]) != bytes[k] {
                return false
            }
            if !previous.isEmpty && !bytes[previous].lexicographicallyPrecedes(bytes[line]) { return false }
            previous = line
        }
        return true
    }

    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C || $0 == 0x0B }
        var words: [[UInt8]] = []
        for raw in bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            guard let first = raw.firstIndex(where: { !isSpace($0) }), let last = raw.lastIndex(where: { !isSpace($0) }) else { continue }
            words.append(raw[first...last].map(Lexicon.foldByte))
        }
        words.sort { $0.lexicographicallyPrecedes($1) }
        var out: [UInt8] = []
        var previous: [UInt8]? = nil
        for word in words where word != previous {
            if previous != nil { out.append(0x0A) }
            out += word
            previous = word
        }
        return out
    }

    public init(contentsOf url: URL) throws {
        self.init(bytes: [UInt8](try Data(contentsOf: url)))
    }

    public static let empty = WordList(bytes: [])

    public func contains(_ word: String) -> Bool {
        let key = Array(word.utf8).map(Lexicon.foldByte)
        var low = 0, high = bytes.count // search over byte offsets; each probe snaps to a line start
        while low < high {
            let mid = (low + high) / 2
            var start = mid
            while start > low, bytes[start - 1] != 0x0A { start -= 1 }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            switch compare(key, start, end) {
            case 0: return true
            case ..<0: high = start
            default: low = end + 1
            }
        }
        return false
    }

    private func compare(_ key: [UInt8], _ start: Int, _ end: Int) -> Int {
        var i = 0, j = start
        while i < key.count && j < end {
            if key[i] != bytes[j] { return key[i] < bytes[j] ? -1 : 1 }
            i += 1
            j += 1
        }
        return (key.count - i) - (end - j)
    }
}
