/// What an article calls a named thing, with no rules: "the lunar module Eagle" (a type
/// phrase right before the name, after a determiner) and "Eagle, the lunar module"
/// (apposition). The name is the capitalized run; the phrase is one to three lowercase
/// words ending in a noun-like head.
public struct TypePhrase: Sendable {
    /// The name as written ("USS George Washington").
    var name: String
    /// The type phrase, lowercased ("aircraft carrier").
    var phrase: String
    var location: SourceLocation
    /// For a nationality ("the Canadian search company"): the country the demonym names.
    var country: String? = nil
}

enum TypePhrases {
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their"]
    static let possessives: Set<String> = ["its", "his", "her", "their"]
    /// Words that end a type phrase's walk: they are grammar, not type.
    static let stop: Set<String> = [
        "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "than", "that",
        "which", "who", "whom", "whose", "was", "is", "are", "were", "be", "been", "has", "had", "have", "said",
        "says", "told", "not", "also", "then", "when", "where", "while", "after", "before", "about", "into",
        "over", "under", "this", "these", "those", "there", "here", "will", "would", "could", "should", "may",
        "beat", "met", "hit", "led", "won", "lost", "left", "took", "gave", "made", "saw", "called", "named",
        "fell", "rose", "grew", "came", "went", "ran", "began", "got", "held", "kept", "paid", "sold", "spoke",
        "wrote", "chose", "broke", "brought", "bought", "thought", "fought", "caught", "found", "felt", "heard",
        "knew", "meant", "sent", "spent", "built", "put", "set", "cut", "drew", "struck", "stood", "sat", "let",
        "thanked", "say", "tell", "ask", "see", "meet", "join", "thank", "praise", "back", "urge", "name",
        "visited", "joined", "aboard", "via", "per", "like", "both", "each", "every", "all", "some", "many",
    ]

    /// Heads of posts and kinds that name what someone or something is even with no determiner
    /// before them ("said chief executive Katharina Wendt", "Chief Executive Katharina Wendt").
    static let roleHeads: Set<String> = [
        "executive", "officer", "counsel", "director", "manager", "president", "chairman", "chairwoman", "chair",
        "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "treasurer", "founder", "coach",
        "commissioner", "administrator", "governor", "mayor", "ceo", "cfo", "coo", "cto",
    ]

    // The sets above, looked up on a token's bytes (no String per token): the same answer as
    // `set.contains(d.string(token: i).lowercased())`.
    static let determinerWords = FoldedWordSet(determiners), possessiveWords = FoldedWordSet(possessives)
    static let roleHeadWords = FoldedWordSet(roleHeads), grammarWords = FoldedWordSet(determiners.union(stop))

    /// `kinds`: words that are a type wherever they stand next to a name ("SUV", "frigate").
    static func find(in d: Document, kinds: Set<String>) -> [TypePhrase] {
        let tokens = d.tokens
        var found: [TypePhrase] = []
        var i = 0
        while i < tokens.count {
            // A capitalized determiner or preposition opens a sentence; it is not part of a name.
            guard isNameWord(d, i), !isGrammar(d, i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, isNameWord(d, end), !tokens[end].has(.lineBefore) { end += 1 }
            defer { i = end }
            // A kind word closing the run is the type, not the name: "the Aeris E3 SUV".
            if end - i >= 2, kinds.contains(d.string(token: end - 1).lowercased()) {
                found.append(TypePhrase(name: d.string(tokens: i..<(end - 1)), phrase: d.string(token: end - 1).lowercased(),
                                        location: d.location(tokens[end - 1].range)))
                continue
            }
            // A capitalized post leading the run: "Chief Executive Katharina Wendt".
            if let split = titleSplit(d, i..<end) {
                found.append(TypePhrase(name: d.string(tokens: split..<end), phrase: phrase(d, i..<split),
                                        location: d.location(d.byteRange(tokens: i..<split))))
                continue
            }
            var name: String { d.string(tokens: i..<end) } // made only for a run that has a phrase
            if let before = phraseBefore(d, name: i, kinds: kinds) {
                found.append(TypePhrase(name: name, phrase: before.text, location: d.location(before.bytes)))
            } else if let after = apposition(d, nameEnd: numberedEnd(d, end), kinds: kinds) {
                found.append(TypePhrase(name: name, phrase: after.text, location: d.location(after.bytes)))
            } else if end < tokens.count, isTypeWord(d, end), kinds.contains(d.string(token: end)) {
                // "the Aeris E5 hatchback": a kind word right after the name.
                found.append(TypePhrase(name: name, phrase: d.string(token: end), location: d.location(tokens[end].range)))
            }
        }
        return found
    }

    /// A capitalized word (or an all-caps prefix such as "USS") that can be part of a name.
    static func isNameWord(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        return t.kind == .word && t.has(.capitalized)
    }

    static func isGrammar(_ d: Document, _ i: Int) -> Bool { grammarWords.contains(d, token: i) }

    /// A lowercase word that can be part of a type, or an all-caps kind ("an electric SUV").
    static func isTypeWord(_ d: Document, _ i: Int, kinds: Set<String> = []) -> Bool {
        let t = d.tokens[i]
        if t.has(.allCaps), t.kind == .word, kinds.contains(d.string(token: i).lowercased()) { return true }
        guard t.kind == .word, !t.has(.capitalized), t.length >= 2 else { return false }
        // A word as written is in a set of lowercase words only if its fold is.
        guard grammarWords.contains(d, token: i) else { return true }
        let word = d.string(token: i)
        return !stop.contains(word) && !determiners.contains(word)
    }

    /// "the [U.S.] lunar module Eagle", "Kestrel chief executive Marcus Whitcombe", and with a
    /// comma after a possessive: "Kestrel's general counsel, Marcus Whitcombe".
    static func phraseBefore(_ d: Document, name: Int, kinds: Set<String> = []) -> (text: String, bytes: Range<Int>)? {
        var last = name - 1
        let comma = last >= 0 && d.token(last, is: ",")
        if comma { last -= 1 }
        // "The deputy director of SENAPRED, Álvaro Pizarro": the post of a named body.
        var ofBody = false
        if comma, last > 0, isNameWord(d, last) {
            var j = last
            while j > 0, last - j < 4, isNameWord(d, j) { j -= 1 }
            if j > 0, d.tokens[j].kind == .word, d.string(token: j).lowercased() == "the" { j -= 1 } // "of the Port Authority"
            if d.tokens[j].kind == .word, d.string(token: j).lowercased() == "of" { last = j - 1; ofBody = true }
        }
        var k = last
        while k >= 0, last - k < 3, isTypeWord(d, k, kinds: kinds), d.tokens[k + 1].has(.spaceBefore) || k == last { k -= 1 }
        let first = k + 1
        guard first <= last, isHead(d.string(token: last)) else { return nil }
        let phrase = (phrase(d, first..<(last + 1)), d.byteRange(tokens: first..<(last + 1)))
        if ofBody { return k >= 0 && determinerWords.contains(d, token: k) ? phrase : nil }
        if isPossessive(d, endingAt: k) { return phrase }
        if comma { return k >= 0 && possessiveWords.contains(d, token: k) ? phrase : nil }
        // A post needs no determiner after grammar or punctuation: "said chief executive X".
        if roleHeadWords.contains(d, token: last), k < 0 || d.tokens[k].kind != .word || isGrammar(d, k) {
            return phrase
        }
        // A capitalized modifier right before ("Kestrel chief executive"), or a determiner
        // before the phrase across a few capitalized words ("the U.S. aircraft carrier").
        if k >= 0, isNameWord(d, k), !isGrammar(d, k) { return phrase }
        var j = k, hops = 0
        while j >= 0 && hops <= 3 {
            if d.tokens[j].kind == .word, determinerWords.contains(d, token: j) { return phrase }
            guard d.tokens[j].has(.capitalized) || d.token(j, is: ".") else { return nil }
            j -= 1
            hops += 1
        }
        return nil
    }

    /// "Kestrel's", "the group's": a possessive ending at token `k` ("’" or "'" then "s").
    static func isPossessive(_ d: Document, endingAt k: Int) -> Bool {
        k >= 2 && d.tokens[k].kind == .word && d.string(token: k).lowercased() == "s" && d.tokens[k].isJoined
            && (d.token(k - 1, is: "’") || d.token(k - 1, is: "'")) && d.tokens[k - 1].isJoined && d.tokens[k - 2].kind == .word
    }

    /// "Eagle, the lunar module," after the name.
    static func apposition(_ d: Document, nameEnd: Int, kinds: Set<String> = []) -> (text: String, bytes: Range<Int>)? {
        let tokens = d.tokens
        guard nameEnd + 2 < tokens.count, d.token(nameEnd, is: ",") else { return nil }
        var first = nameEnd + 2
        if tokens[nameEnd + 1].kind == .word, determinerWords.contains(d, token: nameEnd + 1) {
            // ", the lunar module"; ", the agency's executive director"
            if nameEnd + 5 < tokens.count, isTypeWord(d, nameEnd + 2), isPossessive(d, endingAt: nameEnd + 4) { first = nameEnd + 5 }
        } else if nameEnd + 4 < tokens.count, isNameWord(d, nameEnd + 1), isPossessive(d, endingAt: nameEnd + 3) {
            first = nameEnd + 4 // ", Kestrel's general counsel"
        } else {
            return nil
        }
        first = designationEnd(d, first)
        var end = first
        while end < tokens.count, end - first < 3, isTypeWord(d, end, kinds: kinds) { end += 1 }
        // The phrase ends the apposition: punctuation, the line's end, or a word that starts
        // what follows ("an aircraft carrier currently docked", "the lunar module that landed").
        while end > first {
            if end == tokens.count || tokens[end].kind == .punct || tokens[end].has(.lineBefore) || startsClause(d.string(token: end)) {
                if isHead(d.string(token: end - 1)) { break }
            }
            end -= 1
        }
        guard end > first else { return nil }
        return (phrase(d, first..<end), d.byteRange(tokens: first..<end))
    }

    /// Past a number that ends a name before its apposition: "Tanker 442, a water bomber",
    /// "Apollo 11, the first landing". The number is left out of the name, as it is when
    /// a type comes first ("the water bomber Tanker 442"), so both say the same name.
    static func numberedEnd(_ d: Document, _ end: Int) -> Int {
        let tokens = d.tokens
        guard end + 1 < tokens.count, tokens[end].kind == .number, tokens[end].has(.spaceBefore),
              d.token(end + 1, is: ",") else { return end }
        return end + 1
    }

    /// Past a model designation in capitals and digits that leads a type phrase: "a
    /// CL-415 water bomber", "an A320 airliner", "a 737 freighter". It names the model,
    /// not the kind; the kind words follow it.
    static func designationEnd(_ d: Document, _ first: Int) -> Int {
        let tokens = d.tokens
        var k = first, digits = false
        while k < tokens.count, k == first || tokens[k].isJoined {
            let t = tokens[k]
            if t.kind == .number {
                digits = true
            } else if t.kind == .word, t.has(.capitalized), d.string(token: k).unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                digits = true // "A320", "SG38" as one word
            } else if !(t.kind == .word && (t.has(.allCaps) || t.length == 1)), // "CL", "A"
                      !(t.kind == .punct && (d.token(k, is: "-") || d.token(k, is: "/"))) {
                break
            }
            k += 1
        }
        guard digits, k > first, k < tokens.count, tokens[k].has(.spaceBefore), isTypeWord(d, k) else { return first }
        return k
    }

    /// Where the name starts after a capitalized post of one to three words that leads a run
    /// of at least two more words ("Chief Executive | Katharina Wendt").
    static func titleSplit(_ d: Document, _ run: Range<Int>) -> Int? {
        guard run.count >= 3 else { return nil }
        for split in stride(from: min(run.lowerBound + 3, run.upperBound - 2), to: run.lowerBound, by: -1)
        where roleHeadWords.contains(d, token: split - 1) {
            return split
        }
        return nil
    }

    static func startsClause(_ word: String) -> Bool {
        let w = word.lowercased()
        return stop.contains(w) || w.hasSuffix("ly") || w.hasSuffix("ed") || w.hasSuffix("ing")
    }

    /// A head noun before a singular name: no verb-like "-ed"/"-ing" and no plural.
    static func isHead(_ word: String) -> Bool {
        let w = word.lowercased()
        if w.hasSuffix("ed") || w.hasSuffix("ing") || w.hasSuffix("ly") { return false }
        if w.hasSuffix("s") && !(w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is")) { return false }
        return true
    }

    static func phrase(_ d: Document, _ range: Range<Int>) -> String {
        range.map { d.string(token: $0).lowercased() }.joined(separator: " ")
    }
}

extension TypePhrase: Codable {}
