/// A fixed set of lowercase words, tested against a document's tokens without making a
/// String. An ASCII token is looked up by its case-folded bytes; any other token takes
/// the String path, since Unicode's lowercasing is not a byte fold. Either way the answer
/// is `words.contains(d.string(token: i).lowercased())`.
struct FoldedWordSet: Sendable {
    let words: Set<String>
    private let table: Lexicon

    init(_ words: Set<String>) {
        self.words = words
        var table = Lexicon()
        // Only words a byte fold can produce: ASCII, already lowercase.
        for word in words.sorted() where word.utf8.allSatisfy({ $0 < 0x80 }) && word == word.lowercased() {
            table.intern(word)
        }
        self.table = table
    }

    func contains(_ d: Document, token i: Int) -> Bool {
        let range = d.tokens[i].range
        return d.bytes.withUnsafeBufferPointer { bytes in
            for k in range where bytes[k] >= 0x80 { return words.contains(d.string(token: i).lowercased()) }
            return table.lookup(bytes, range.lowerBound, range.upperBound) != Lexicon.unknown
        }
    }
}
