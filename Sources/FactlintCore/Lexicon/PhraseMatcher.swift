/// Finds many phrases at once: a trie over lexicon ids, walked from each token.
///
/// Contract: a phrase matches a run of consecutive tokens with the same folded text
/// (whitespace and single line breaks between them are free; a blank line is not).
/// Matching costs one array or hash probe per token walked, whatever the number of
/// phrases, and is linear in the text for any set of phrases: no backtracking.
public struct PhraseMatcher: Sendable {
    private var rootChildren: [Int32] = []
    private var edges: [UInt64: Int32] = [:]
    /// Payloads (caller's indices) of phrases ending at each node.
    private var terminals: [[Int]] = [[]]
    /// Token count of the longest phrase.
    public private(set) var longest = 0

    public init() {}

    /// Longest phrase a rule may declare, in tokens. Matching walks at most this far from
    /// each token, so no phrase list can make a run super-linear in the text.
    public static let maxTokens = 24

    /// The first phrase that is empty or longer than `maxTokens`, with what is wrong (rule validation).
    public static func invalid(_ phrases: [String]) -> String? {
        for phrase in phrases {
            let count = words(of: phrase).count
            if count == 0 { return "'\(phrase)' has no words" }
            if count > maxTokens { return "'\(phrase.prefix(40))…' has \(count) tokens; a phrase has at most \(maxTokens)" }
        }
        return nil
    }

    public var isEmpty: Bool { longest == 0 }

    /// Adds `phrase` (tokenized like document text) with a payload; returns its token count.
    @discardableResult
    public mutating func add(_ phrase: String, payload: Int, lexicon: inout Lexicon) -> Int {
        let words = PhraseMatcher.words(of: phrase)
        guard !words.isEmpty, words.count <= Self.maxTokens else { return 0 } // rule options reject both first
        var node: Int32 = 0
        for word in words {
            let id = lexicon.intern(word)
            if let child = child(node, id) {
                node = child
            } else {
                let new = Int32(terminals.count)
                terminals.append([])
                if node == 0 {
                    if rootChildren.count <= Int(id) { rootChildren += Array(repeating: -1, count: Int(id) + 1 - rootChildren.count) }
                    rootChildren[Int(id)] = new
                } else {
                    edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))] = new
                }
                node = new
            }
        }
        terminals[Int(node)].append(payload)
        longest = max(longest, words.count)
        return words.count
    }

    @inline(__always)
    private func child(_ node: Int32, _ id: Int32) -> Int32? {
        if id < 0 { return nil }
        if node == 0 {
            guard Int(id) < rootChildren.count else { return nil }
            let c = rootChildren[Int(id)]
            return c < 0 ? nil : c
        }
        return edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))]
    }

    /// The longest phrase starting at token `start`: its end (exclusive) and payloads.
    @inline(__always)
    public func longestMatch(_ tokens: [Token], at start: Int) -> (end: Int, payloads: [Int])? {
        guard let first = child(0, tokens[start].word) else { return nil }
        var node = first
        var best: (Int, [Int])? = terminals[Int(node)].isEmpty ? nil : (start + 1, terminals[Int(node)])
        var i = start + 1
        while i < tokens.count, !tokens[i].has(.paragraphBefore), let next = child(node, tokens[i].word) {
            node = next
            i += 1
            if !terminals[Int(node)].isEmpty { best = (i, terminals[Int(node)]) }
        }
        return best
    }

    /// Leftmost-longest, non-overlapping matches in `tokens`.
    public func matches(_ tokens: [Token], in range: Range<Int>? = nil) -> [(tokens: Range<Int>, payloads: [Int])] {
        var result: [(tokens: Range<Int>, payloads: [Int])] = []
        let range = range ?? 0..<tokens.count
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = longestMatch(tokens, at: i), m.end <= range.upperBound {
                result.append((i..<m.end, m.payloads))
                i = m.end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The token texts of a phrase, split exactly as document text is.
    public static func words(of phrase: String) -> [String] {
        let text = SourceText(phrase)
        return Tokenizer.tokenize(text, lexicon: noWords).map { text.string($0.range) }
    }

    /// Splitting needs no word ids: one empty lexicon serves every phrase (each new one
    /// allocates and clears its 4 KB table).
    private static let noWords = Lexicon()
}
