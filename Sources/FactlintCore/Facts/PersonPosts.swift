/// "the premier", "the referee": a post the article gave a named person ("Prime Minister
/// Hanne Solberg", "referee Ola Berg") stands for that person later in the article, so a
/// pronoun after "the premier has said that he …" is judged against her.
extension PersonFinder {
    /// Words that lead a name run or precede it but are no post.
    static let notPosts: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "and", "but", "after", "when", "as",
        "of", "to", "this", "that", "while", "if", "since", "during", "according", "under", "former", "late",
    ]
    static let notPostWords = FoldedWordSet(notPosts), the = FoldedWordSet(["the"])
    /// One post, two names for it.
    static let samePost: [String: String] = ["premier": "prime minister"]

    /// The post in the title words before a name (`titles`, in text order), and a lowercase
    /// title word right before the run ("referee Ola Berg"): "prime minister", "referee".
    func post(_ d: Document, titles: Range<Int>) -> String? {
        var words: [String] = []
        if titles.lowerBound > 0, d.tokens[titles.lowerBound - 1].kind == .word, !d.tokens[titles.lowerBound - 1].has(.capitalized) {
            words.append(d.string(token: titles.lowerBound - 1))
        }
        for k in titles where d.tokens[k].kind == .word { words.append(d.string(token: k).lowercased()) }
        // Only the title words after the last grammar word, and only known titles.
        if let cut = words.lastIndex(where: { PersonFinder.notPosts.contains($0) }) { words.removeFirst(cut + 1) }
        while let first = words.first, !PersonFinder.neutral.contains(first) { words.removeFirst() }
        guard !words.isEmpty, words.allSatisfy({ PersonFinder.neutral.contains($0) }) else { return nil }
        let post = words.joined(separator: " ")
        return PersonFinder.samePost[post] ?? post
    }

    /// "the premier", "the prime minister" at token `i`, when the article gave that post to
    /// someone: the tokens of the post and the people who hold it.
    func postMention(_ d: Document, at i: Int, posts: [String: [String]]) -> (tokens: Range<Int>, keys: [String])? {
        guard !posts.isEmpty, d.tokens[i].kind == .word, d.tokens[i].length == 3, PersonFinder.the.contains(d, token: i) else { return nil }
        for length in [2, 1] {
            let end = i + 1 + length
            guard end <= d.tokens.count,
                  (i + 1..<end).allSatisfy({ d.tokens[$0].kind == .word && !d.tokens[$0].has(.capitalized) && d.tokens[$0].has(.spaceBefore) }),
                  end == d.tokens.count || !isCapitalizedWord(d, end) else { continue } // "the referee Ola Berg" is a title
            // A post is made of title words only (see `post`): no phrase to build otherwise.
            guard (i + 1..<end).allSatisfy({ PersonFinder.neutralTitles.contains(d, token: $0) }) else { continue }
            let phrase = (i + 1..<end).map { d.string(token: $0) }.joined(separator: " ")
            if let keys = posts[PersonFinder.samePost[phrase] ?? phrase] { return (i + 1..<end, keys) }
        }
        return nil
    }
}
