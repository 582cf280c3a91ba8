/// Nationality adjectives in type phrases, with no rules: "the U.S. technology company
/// Kestrel Labs" and "Kestrel, the Canadian search company" say where one thing is from.
/// Only countries: "Scottish" and "British" can both be true, so regions are left out.
enum Demonyms {
    /// Lowercased demonym → country.
    static let countries: [String: String] = {
        let table: [(String, [String])] = [
            ("US", ["american", "us", "u.s.", "usa"]), ("CA", ["canadian"]), ("MX", ["mexican"]), ("BR", ["brazilian"]),
            ("AR", ["argentine", "argentinian"]), ("CL", ["chilean"]), ("PE", ["peruvian"]), ("CO", ["colombian"]),
            ("GB", ["british", "uk", "u.k."]), ("IE", ["irish"]), ("FR", ["french"]), ("DE", ["german"]), ("IT", ["italian"]),
            ("ES", ["spanish"]), ("PT", ["portuguese"]), ("NL", ["dutch"]), ("BE", ["belgian"]), ("CH", ["swiss"]),
            ("AT", ["austrian"]), ("SE", ["swedish"]), ("NO", ["norwegian"]), ("DK", ["danish"]), ("FI", ["finnish"]),
            ("IS", ["icelandic"]), ("PL", ["polish"]), ("CZ", ["czech"]), ("HU", ["hungarian"]), ("GR", ["greek"]),
            ("TR", ["turkish"]), ("RU", ["russian"]), ("UA", ["ukrainian"]), ("CN", ["chinese"]), ("JP", ["japanese"]),
            ("IN", ["indian"]), ("PK", ["pakistani"]), ("AU", ["australian"]), ("ZA", ["south african"]), ("IL", ["israeli"]),
            ("EG", ["egyptian"]), ("NG", ["nigerian"]), ("KE", ["kenyan"]), ("SA", ["saudi"]), ("SG", ["singaporean"]),
            ("ID", ["indonesian"]), ("TH", ["thai"]), ("VN", ["vietnamese"]), ("PH", ["filipino"]), ("NZ", ["new zealand"]),
        ]
        var map: [String: String] = [:]
        for (country, words) in table { for w in words { map[w] = country } }
        return map
    }()

    /// A demonym starting at token `i`, as written ("U.S." is four tokens, "South African" two):
    /// its country and the token after it. It must not be part of a compound ("Canadian-born").
    /// The first word of every demonym ("u" of "u.s.", "south" of "south african"): a byte
    /// lookup rejects most capitalized words before any String is made.
    static let firstWords = FoldedWordSet(Set(countries.keys.map { key in
        String(key.split(whereSeparator: { $0 == " " || $0 == "." }).first ?? Substring(key))
    }))

    static func read(_ d: Document, at i: Int) -> (country: String, end: Int)? {
        let tokens = d.tokens
        guard tokens[i].kind == .word, tokens[i].has(.capitalized), firstWords.contains(d, token: i) else { return nil }
        var end = i + 1
        // "U.S.", "U.K.": letters and dots written together.
        while end + 1 < tokens.count, tokens[end].isJoined, d.token(end, is: "."), tokens[end + 1].isJoined,
              tokens[end + 1].kind == .word, tokens[end + 1].length == 1 { end += 2 }
        if end < tokens.count, tokens[end].isJoined, d.token(end, is: "."), end > i + 1 { end += 1 }
        var written = d.string(tokens: i..<end).lowercased()
        if countries[written] == nil, end + 1 <= tokens.count, end < tokens.count, tokens[end].kind == .word,
           tokens[end].has(.capitalized), countries[written + " " + d.string(token: end).lowercased()] != nil {
            written += " " + d.string(token: end).lowercased()
            end += 1
        }
        guard let country = countries[written] else { return nil }
        // "US" and "UK" in capitals only: "Us" opening a sentence is the pronoun.
        if written.count == 2, !tokens[i].has(.allCaps) { return nil }
        if end < tokens.count, tokens[end].isJoined, d.token(end, is: "-") { return nil }
        return (country, end)
    }

    /// "the Canadian search company Kestrel" (before the name) and "Kestrel, the Canadian
    /// search company" (apposition): the phrase from the demonym to its head noun.
    static func find(in d: Document) -> [TypePhrase] {
        let tokens = d.tokens
        var found: [TypePhrase] = []
        var i = 0
        while i < tokens.count {
            guard let (country, start) = read(d, at: i) else { i += 1; continue }
            defer { i = start }
            // One to three lowercase words ending in a head noun, not a possessive ("the
            // Canadian government's lawyer" says nothing of the lawyer's nationality).
            var end = start
            while end < tokens.count, end - start < 3, TypePhrases.isTypeWord(d, end), !tokens[end].has(.lineBefore) { end += 1 }
            while end > start, !TypePhrases.isHead(d.string(token: end - 1)) { end -= 1 }
            guard end > start, !TypePhrases.isPossessive(d, endingAt: min(end + 1, tokens.count - 1)) else { continue }
            let phrase = d.string(tokens: i..<end).lowercased()
            let location = d.location(d.byteRange(tokens: i..<end))
            if let name = nameRun(d, from: end) {
                found.append(TypePhrase(name: name, phrase: phrase, location: location, country: country))
            } else if i >= 3, TypePhrases.determinerWords.contains(d, token: i - 1), d.token(i - 2, is: ","),
                      end == tokens.count || tokens[end].kind == .punct || tokens[end].has(.lineBefore),
                      let name = nameRun(d, endingAt: i - 3) {
                found.append(TypePhrase(name: name, phrase: phrase, location: location, country: country))
            }
        }
        return found
    }

    /// The capitalized run that starts at `k` on the same line, not a sentence's grammar word.
    static func nameRun(_ d: Document, from k: Int) -> String? {
        guard k < d.tokens.count, !d.tokens[k].has(.lineBefore), TypePhrases.isNameWord(d, k), !TypePhrases.isGrammar(d, k) else { return nil }
        var end = k + 1
        while end < d.tokens.count, TypePhrases.isNameWord(d, end), !d.tokens[end].has(.lineBefore) { end += 1 }
        return d.string(tokens: k..<end)
    }

    /// The capitalized run that ends at `k`.
    static func nameRun(_ d: Document, endingAt k: Int) -> String? {
        guard k >= 0, TypePhrases.isNameWord(d, k) else { return nil }
        var start = k
        while start - 1 >= 0, TypePhrases.isNameWord(d, start - 1), !TypePhrases.isGrammar(d, start - 1), !d.tokens[start].has(.lineBefore) { start -= 1 }
        guard !TypePhrases.isGrammar(d, start) else { return nil }
        return d.string(tokens: start..<(k + 1))
    }
}
