#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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

    /// A list known to be normalized (the embedded one, which a test checks): no pass over it.
    init(normalized bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The same bytes as this list, give or take a final line break (a rule folder's copy
    /// of the embedded list is that list).
    func hasBytes(_ other: [UInt8]) -> Bool {
        let count = other.count == bytes.count + 1 && other.last == 0x0A ? bytes.count : other.count
        return bytes.count == count && bytes.withUnsafeBytes { a in
            other.withUnsafeBytes { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    /// Lowercase ASCII, "\n" line ends only, no blank lines or spaces, strictly increasing.
    /// One pass over raw bytes: it runs on every word list a run loads.
    static func isNormalized(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var previous = 0..<0, start = 0, i = 0
            while i <= n {
                guard i == n || p[i] == 0x0A else {
                    let b = p[i]
                    if b == 0x0D || b == 0x20 || b == 0x09 || Lexicon.foldByte(b) != b { return false }
                    i += 1
                    continue
                }
                let line = start..<i
                if line.isEmpty { return i == n }
                if !previous.isEmpty && !precedes(p, previous, line) { return false }
                previous = line
                start = i + 1
                i += 1
            }
            return true
        }
    }

    /// Strictly before in byte order.
    private static func precedes(_ p: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let common = min(a.count, b.count)
        if common > 0, let base = p.baseAddress {
            let order = memcmp(base + a.lowerBound, base + b.lowerBound, common)
            if order != 0 { return order < 0 }
        }
        return a.count < b.count
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
