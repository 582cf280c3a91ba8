import FactlintCore
import Testing

@Suite struct WordDiffTests {
    /// Longest common subsequence length, by dynamic programming (the reference).
    func lcs(_ a: [Int32], _ b: [Int32]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 1...max(1, b.count) where !b.isEmpty {
                let up = row[j]
                row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = up
            }
        }
        return row.last ?? 0
    }

    @Test func matchesAreAValidLongestCommonSubsequence() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Int32.random(in: 0...3, using: &generator) }
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Int32.random(in: 0...3, using: &generator) }
            let pairs = WordDiff.matches(a, b, maxEdits: 100)!
            #expect(pairs.count == lcs(a, b), "\(a) \(b)")
            for (i, j) in pairs { #expect(a[i] == b[j]) }
            for k in pairs.indices.dropFirst() { #expect(pairs[k].0 > pairs[k - 1].0 && pairs[k].1 > pairs[k - 1].1) }
        }
    }

    @Test func giveUpBeyondTheEditLimit() {
        #expect(WordDiff.matches([1, 2, 3, 4], [5, 6, 7, 8], maxEdits: 3) == nil)
        #expect(WordDiff.matches([1, 2, 3], [1, 2, 3], maxEdits: 0)?.count == 3)
        #expect(WordDiff.matches([], [], maxEdits: 0)?.count == 0)
    }
}
