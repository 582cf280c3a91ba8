/// Whole-string patterns for page-furniture lines: `*` is any run of characters, `#` is
/// one or more digits, everything else matches itself ignoring ASCII case. Matching works
/// on UTF-8 bytes (a `*` run never needs to split a character to succeed).
///
/// Matching is the classic greedy two-pointer algorithm with one resume point, so it
/// takes O(text × pattern) time at worst, never exponential, for any pattern.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [UInt8]
    /// The pattern's literal bytes before its first `*` or `#` and after its last: a
    /// matching text starts and ends with them, so most lines fail on a byte or two.
    let head: [UInt8], tail: [UInt8]
    /// For a pattern that opens with `*`: its longest literal run ("? sign up for "), which a
    /// matching text contains; scanning for it is far cheaper than the match.
    let needle: [UInt8]
    private static let star = UInt8(ascii: "*"), digits = UInt8(ascii: "#")

    public init(_ pattern: String) {
        self.pattern = pattern
        parts = pattern.utf8.map(Lexicon.foldByte)
        let special = { (b: UInt8) in b == Glob.star || b == Glob.digits }
        if let first = parts.firstIndex(where: special), let last = parts.lastIndex(where: special) {
            head = Array(parts[..<first])
            tail = Array(parts[(last + 1)...])
        } else {
            (head, tail) = (parts, [])
        }
        var longest: ArraySlice<UInt8> = []
        if head.isEmpty {
            for run in parts.split(whereSeparator: special) where run.count > longest.count { longest = run }
        }
        needle = Array(longest)
    }

    /// Whether the folded `bytes[range]` contain `needle`.
    private func containsNeedle(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = needle.first, range.count >= needle.count else { return needle.isEmpty }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if Lexicon.foldByte(bytes[i]) == first {
                var k = 1
                while k < needle.count && Lexicon.foldByte(bytes[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    public func matches(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return matches(bytes, 0..<bytes.count)
    }

    /// Matches `bytes[range]`, ignoring ASCII case.
    public func matches(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        @inline(__always) func t(_ i: Int) -> UInt8 { Lexicon.foldByte(bytes[range.lowerBound + i]) }
        let count = range.count
        guard head.count + tail.count <= count else { return false }
        for i in head.indices where head[i] != t(i) { return false }
        for i in tail.indices where tail[i] != t(count - tail.count + i) { return false }
        if !needle.isEmpty && !containsNeedle(bytes, range) { return false }
        var ti = 0, pi = 0
        var starP = -1, starT = 0
        while ti < count {
            if pi < parts.count && parts[pi] == Glob.digits && Glob.isDigit(t(ti)) {
                while ti < count && Glob.isDigit(t(ti)) { ti += 1 }
                pi += 1
            } else if pi < parts.count && parts[pi] == Glob.star {
                starP = pi
                starT = ti
                pi += 1
            } else if pi < parts.count && parts[pi] != Glob.digits && parts[pi] == t(ti) {
                ti += 1
                pi += 1
            } else if starP >= 0 {
                pi = starP + 1
                starT += 1
                ti = starT
            } else {
                return false
            }
        }
        while pi < parts.count && parts[pi] == Glob.star { pi += 1 }
        return pi == parts.count
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
