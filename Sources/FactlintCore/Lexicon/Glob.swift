/// Whole-string patterns for page-furniture lines: `*` is any run of characters, `#` is
/// one or more digits, everything else matches itself ignoring ASCII case. Matching works
/// on UTF-8 bytes (a `*` run never needs to split a character to succeed).
///
/// Matching is the classic greedy two-pointer algorithm with one resume point, so it
/// takes O(text × pattern) time at worst, never exponential, for any pattern.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [UInt8]
    private static let star = UInt8(ascii: "*"), digits = UInt8(ascii: "#")

    public init(_ pattern: String) {
        self.pattern = pattern
        parts = pattern.utf8.map(Lexicon.foldByte)
    }

    public func matches(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return matches(bytes, 0..<bytes.count)
    }

    /// Matches `bytes[range]`, ignoring ASCII case.
    public func matches(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        @inline(__always) func t(_ i: Int) -> UInt8 { Lexicon.foldByte(bytes[range.lowerBound + i]) }
        let count = range.count
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
