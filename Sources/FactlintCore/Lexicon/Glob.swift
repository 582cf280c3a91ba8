/// Whole-string patterns for page-furniture lines: `*` is any run of characters, `#` is
/// one or more digits, everything else matches itself ignoring ASCII case.
///
/// Matching is the classic greedy two-pointer algorithm with one resume point, so it
/// takes O(text × pattern) time at worst, never exponential, for any pattern.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [Unicode.Scalar]

    public init(_ pattern: String) {
        self.pattern = pattern
        parts = Array(pattern.lowercased().unicodeScalars)
    }

    public func matches(_ text: String) -> Bool {
        matches(scalars: Array(text.lowercased().unicodeScalars))
    }

    /// Matches already-lowercased scalars (callers testing many globs prepare the text once).
    public func matches(scalars t: [Unicode.Scalar]) -> Bool {
        var ti = 0, pi = 0
        var starP = -1, starT = 0
        while ti < t.count {
            if pi < parts.count && parts[pi] == "#" && Glob.isDigit(t[ti]) {
                while ti < t.count && Glob.isDigit(t[ti]) { ti += 1 }
                pi += 1
            } else if pi < parts.count && parts[pi] == "*" {
                starP = pi
                starT = ti
                pi += 1
            } else if pi < parts.count && parts[pi] != "#" && parts[pi] == t[ti] {
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
        while pi < parts.count && parts[pi] == "*" { pi += 1 }
        return pi == parts.count
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
