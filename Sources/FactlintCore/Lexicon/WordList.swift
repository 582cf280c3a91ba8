import Foundation

/// A sorted, newline-separated word list searched in place: loading it is one read,
/// looking a word up is a binary search over its bytes. Lookups are lowercase ASCII-folded.
public struct WordList: Sendable {
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public init(contentsOf url: URL) throws {
        bytes = [UInt8](try Data(contentsOf: url))
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
