/// Myers' O(ND) difference algorithm over word ids: the matched word pairs of a shortest
/// edit script, or nil when more than `maxEdits` edits are needed (so comparing two very
/// different or very long texts stays cheap).
public enum WordDiff {
    /// Pairs (index in a, index in b) of matched words, in order.
    public static func matches(_ a: [Int32], _ b: [Int32], maxEdits: Int) -> [(Int, Int)]? {
        let n = a.count, m = b.count
        let limit = min(maxEdits, n + m)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; trace.append(v); break search }
            }
        }
        guard found else { return nil }
        // Walk the trace back from (n, m), collecting diagonal moves.
        var pairs: [(Int, Int)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1; y -= 1
                pairs.append((x, y))
            }
            if d > 0 { x = previousX; y = previousY }
        }
        while x > 0 && y > 0 && a[x - 1] == b[y - 1] { x -= 1; y -= 1; pairs.append((x, y)) }
        return pairs.reversed()
    }
}
