/// What one article says about people's genders, with no rules: the titles it gives
/// ("Ms. Solberg"), and every gendered pronoun outside a quotation with the people it could
/// refer to. Pronouns with one possible person vote too, once the corpus tells which
/// unnamed capitalized words are people (`GendersRule`).
public struct GenderEvidence: Sendable {
    typealias Gender = PronounCheck.Gender

    struct Vote: Sendable {
        var key: String
        var gender: Gender
        /// The pronoun or title, as written.
        var cue: String
        var location: SourceLocation
    }

    struct Use: Sendable {
        var token: Int
        var sentence: Int
        var gender: Gender
        var text: String
        /// People the window names, in text order.
        var candidates: [String]
        /// The window also holds someone no vote can settle: "her guest".
        var open: Bool
        /// Capitalized words in the window that name no one the article introduced
        /// ("Matsuyama" alone): people, if the corpus gives them a full name elsewhere.
        var unnamed: [String]
        var window: [Range<Int>]
        var location: SourceLocation
    }

    var votes: [Vote] = []
    var uses: [Use] = []

    static let genders: [String: (Gender, object: Bool)] = [
        "he": (.male, false), "his": (.male, false), "himself": (.male, false), "him": (.male, true),
        "she": (.female, false), "hers": (.female, false), "herself": (.female, false), "her": (.female, true),
    ]
    /// Nouns for a person the finder cannot name: a pronoun may refer to them.
    static let personNouns: Set<String> = [
        "guest", "visitor", "counterpart", "host", "friend", "partner", "spouse", "wife", "husband", "widow",
        "widower", "mother", "father", "son", "daughter", "sister", "brother", "successor", "predecessor",
        "rival", "ally", "mentor", "protege", "protégé", "girlfriend", "boyfriend", "aunt", "uncle", "woman",
        "man", "girl", "boy", "colleague", "deputy", "aide", "spokesman", "spokeswoman", "grandmother", "grandfather",
    ]
    static let reach = 80

    /// An ASCII word can be a key of `genders` only with a key's length and first letter
    /// (in either case): other words are not made Strings to look up. Non-ASCII words are.
    static func mayBePronoun(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        return t.has(.nonASCII) || (t.length <= pronounLength && pronounStarts[Int(d.bytes[Int(t.start)])])
    }
    private static let pronounLength = genders.keys.map(\.utf8.count).max() ?? 0
    private static let pronounStarts: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for key in genders.keys { if let b = key.utf8.first { table[Int(b)] = true; table[Int(b &- 0x61 < 26 ? b & 0xDF : b)] = true } }
        return table
    }()

    init(_ d: Document, finder: PersonFinder) {
        let quotations = d.quotations
        let people = finder.find(in: d, quotations: quotations)
            .filter { Quotations.containing($0.tokens.lowerBound, in: quotations) == nil }
        var named = [Bool](repeating: false, count: d.tokens.count)
        for p in people {
            for k in p.tokens { named[k] = true }
            // "Ms Wendt" where the article names two Wendts says nothing about either.
            let sameTokens = people.filter { $0.tokens == p.tokens }.count
            if let g = p.titleGender, sameTokens == 1 {
                votes.append(Vote(key: p.key, gender: g, cue: d.string(token: p.tokens.lowerBound - (p.tokens.lowerBound > 0 && d.token(p.tokens.lowerBound - 1, is: ".") ? 2 : 1)),
                                  location: d.location(d.byteRange(tokens: p.tokens))))
            }
        }
        func peopleIn(_ range: Range<Int>) -> [String] {
            people.filter { range.contains($0.tokens.lowerBound) }.map(\.key)
        }
        for i in d.tokens.indices where d.tokens[i].kind == .word && GenderEvidence.mayBePronoun(d, i) {
            let word = d.string(token: i).lowercased()
            guard let (gender, object) = GenderEvidence.genders[word],
                  Quotations.containing(i, in: quotations) == nil,
                  !isApposition(d, i, named: named) else { continue }
            let s = d.sentenceIndex(ofToken: i)
            let sentence = d.sentences[s].tokens
            var previous = s > 0 ? d.sentences[s - 1].tokens : sentence.lowerBound..<sentence.lowerBound
            previous = max(previous.lowerBound, previous.upperBound - Self.reach)..<previous.upperBound
            let own = max(sentence.lowerBound, i - Self.reach)..<i
            let opens = !own.contains { d.tokens[$0].kind == .word }
            // Unnamed capitalized words in the sentence so far may be people ("Lien said he"):
            // then the window spans both sentences, so no one it could mean is left out.
            let ownUnnamed = !capitalizedUnknowns(d, in: own, named: named).isEmpty
            let window = object || (!opens && peopleIn(own).isEmpty && ownUnnamed) ? [previous, own]
                : (opens || peopleIn(own).isEmpty ? [previous] : [own])
            let candidates = window.flatMap(peopleIn)
            let open = window.contains { personNoun(d, in: $0, named: named) || IndefinitePerson.occurs(d, in: $0) }
            let unnamed = window.flatMap { capitalizedUnknowns(d, in: $0, named: named) }
            let location = d.location(d.tokens[i].range)
            uses.append(Use(token: i, sentence: s, gender: gender, text: d.string(token: i), candidates: candidates,
                            open: open, unnamed: unnamed, window: window, location: location))
        }
    }

    /// "Hanne Solberg, his wife,": the possessive in an apposition is someone else's.
    func isApposition(_ d: Document, _ i: Int, named: [Bool]) -> Bool {
        i >= 2 && d.token(i - 1, is: ",") && named[i - 2]
    }

    /// "her guest", "his wife": someone the pronoun may refer to whom no name gives.
    func personNoun(_ d: Document, in range: Range<Int>, named: [Bool]) -> Bool {
        range.contains { k in
            let t = d.tokens[k]
            return t.kind == .word && !t.has(.capitalized) && t.length >= 3
                && GenderEvidence.personNouns.contains(d.string(token: k).lowercased())
        }
    }

    /// Capitalized words that name no one the article introduced, grammar words aside:
    /// people, if the corpus gives them a full name ("Lien" for "Tormod Lien", though "lien"
    /// is also a word).
    func capitalizedUnknowns(_ d: Document, in range: Range<Int>, named: [Bool]) -> [String] {
        var words: [String] = []
        for k in range where !named[k] {
            let t = d.tokens[k]
            guard t.kind == .word, t.has(.capitalized), !t.has(.allCaps) else { continue }
            let word = d.string(token: k)
            let lower = word.lowercased()
            if GenderEvidence.genders[lower] == nil, !PersonFinder.neutral.contains(lower) { words.append(word) }
        }
        return words
    }
}

extension GenderEvidence: Codable {}
extension GenderEvidence.Vote: Codable {}
extension GenderEvidence.Use: Codable {}
