/// Line patterns grouped by the byte they must start with, so a line is tried only
/// against the globs that can match it (page furniture has ~90 patterns; most lines start
/// with a letter that no more than a few of them start with).
struct GlobSet: Sendable {
    /// Per folded first byte, the globs whose literal head starts with it.
    private let byFirstByte: [[Glob]]
    /// Globs that start with `*` or `#` (or are empty): tried on every line.
    private let anyStart: [Glob]

    init(_ globs: [Glob]) {
        var byFirstByte = [[Glob]](repeating: [], count: 256)
        var anyStart: [Glob] = []
        for glob in globs {
            if let first = glob.head.first { byFirstByte[Int(first)].append(glob) } else { anyStart.append(glob) }
        }
        self.byFirstByte = byFirstByte
        self.anyStart = anyStart
    }

    /// Whether any glob matches `bytes[range]` (ignoring ASCII case, as `Glob` does).
    func matchesAny(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        if anyStart.contains(where: { $0.matches(bytes, range) }) { return true }
        guard !range.isEmpty else { return false }
        return byFirstByte[Int(Lexicon.foldByte(bytes[range.lowerBound]))].contains { $0.matches(bytes, range) }
    }
}
