/// People an article names, found with no rules: a run of two or more capitalized words
/// that is not an ordinary phrase or an institution ("Hanne Solberg", not "White House" or
/// "Supreme Court"), a title before a name ("Ms. Solberg"), and later the surname alone
/// ("Solberg"). Each mention carries the person's key (the full name where the article
/// gives one) and the gender a title states.
struct PersonMention: Sendable {
    var tokens: Range<Int>
    /// Full name ("Hanne Solberg"), or the surname alone when the article never gives one.
    var key: String
    var titleGender: PronounCheck.Gender?
}

struct PersonFinder: Sendable {
    let dictionary: WordList

    static let female: Set<String> = ["ms", "mrs", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "sister"]
    static let male: Set<String> = ["mr", "sir", "lord", "king", "prince", "brother"]
    /// Titles that say nothing of gender but are not part of a name.
    static let neutral: Set<String> = [
        "dr", "prof", "professor", "president", "prime", "minister", "secretary", "chancellor", "senator", "governor",
        "mayor", "judge", "justice", "general", "gen", "colonel", "captain", "capt", "coach", "chief", "deputy",
        "vice", "former", "late", "premier", "ambassador", "commissioner", "director", "chairman", "chairwoman",
        "chair", "representative", "rep", "sen", "gov", "lt", "sgt", "officer", "inspector", "detective", "pope",
        "referee", "manager", "striker", "goalkeeper", "defender", "midfielder", "commander", "admiral",
        "bishop", "cardinal", "rabbi", "imam", "dean", "sheriff", "constable", "sergeant", "lieutenant", "major",
        "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "and", "but", "after", "when", "as",
        "of", "to", "this", "that", "while", "if", "since", "during", "according", "under", "speaker",
    ]
    /// Last words that make a run an institution or a place, not a person.
    static let institutions: Set<String> = [
        "house", "palace", "base", "bay", "street", "party", "ministry", "council", "court", "university",
        "company", "group", "bank", "airlines", "airline", "maritime", "news", "times", "post", "agency", "department",
        "forum", "prize", "park", "city", "island", "islands", "river", "sea", "ocean", "station", "airport", "port",
        "hospital", "school", "college", "institute", "foundation", "association", "union", "league", "cup",
        "games", "club", "team", "corp", "inc", "ltd", "motors", "industries", "navy", "army", "force", "guard",
        "police", "service", "centre", "center", "square", "hall", "tower", "bridge", "road", "avenue", "valley",
        "mountains", "lake", "gulf", "coast", "peninsula", "province", "region", "state", "states", "republic",
        "kingdom", "office", "commission", "parliament", "assembly", "senate", "congress", "committee", "board",
        "authority", "fund", "exchange", "market", "index", "stadium", "arena", "church", "cathedral", "museum",
        "gallery", "theatre", "theater", "hotel", "county", "district", "ltd", "plc", "ag", "sa", "gmbh", "day",
    ]

    /// First words that make a run a place: "South America", "New Zealand", "Upper Volta".
    static let placeOpeners: Set<String> = [
        "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "new", "upper",
        "lower", "greater", "mount", "mt", "cape", "fort", "port", "lake", "gulf",
    ]
    /// Ship prefixes: "USS George Washington" is a ship, not a person.
    static let vesselPrefixes: Set<String> = [
        "uss", "usns", "uscgc", "hms", "hmcs", "hmas", "hmnzs", "rms", "mv", "mt", "ins", "js", "rv", "fs", "nrp", "ara", "bap", "hnlms",
    ]

    // The sets above, looked up on a token's bytes (no String per token).
    static let femaleTitles = FoldedWordSet(female), maleTitles = FoldedWordSet(male)
    static let neutralTitles = FoldedWordSet(neutral), vesselPrefixWords = FoldedWordSet(vesselPrefixes)

    func find(in d: Document, quotations: [Quotation]) -> [PersonMention] {
        let tokens = d.tokens
        var found: [PersonMention] = []
        var surnames: [String: [String]] = [:] // surname → full names given so far
        var posts: [String: [String]] = [:] // "prime minister" → full names given it so far
        var i = 0
        while i < tokens.count {
            if let held = postMention(d, at: i, posts: posts) {
                for key in held.keys { found.append(PersonMention(tokens: held.tokens, key: key, titleGender: nil)) }
                i = held.tokens.upperBound
                continue
            }
            guard isCapitalizedWord(d, i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count {
                if isCapitalizedWord(d, end), tokens[end].has(.spaceBefore), !tokens[end].has(.lineBefore) {
                    end += 1
                } else if isHyphenJoin(d, end) { // "Jan-Erik Lindqvist"
                    end += 2
                } else {
                    break
                }
            }
            // Titles (and sentence-initial grammar words) lead the run: "Prime Minister Hanne Solberg".
            var start = i
            var gender: PronounCheck.Gender? = nil
            while start < end {
                if PersonFinder.femaleTitles.contains(d, token: start) {
                    gender = .female
                } else if PersonFinder.maleTitles.contains(d, token: start) {
                    gender = .male
                } else if !PersonFinder.neutralTitles.contains(d, token: start) {
                    break
                }
                start += 1
                // "Ms. Solberg": the run goes on after the abbreviation's full stop.
                if start == end, start + 1 < tokens.count, d.token(start, is: "."), isCapitalizedWord(d, start + 1) {
                    start += 1
                    end = start + 1
                    while end < tokens.count, isCapitalizedWord(d, end), tokens[end].has(.spaceBefore), !tokens[end].has(.lineBefore) { end += 1 }
                }
            }
            // A title inside the run: "Japanese Prime Minister Hanne Solberg" is Hanne Solberg.
            if let inner = (start..<max(start, end - 2)).last(where: { k in
                PersonFinder.neutralTitles.contains(d, token: k) && !PersonFinder.notPostWords.contains(d, token: k)
            }) { start = inner + 1 }
            let words = (start..<end).filter { d.tokens[$0].kind == .word }.map { d.string(token: $0) }
            defer { i = end }
            guard let last = words.last else { continue }
            if words.count >= 2, isPersonName(words), !isVesselName(d, start) {
                let key = words.joined(separator: " ")
                if !(surnames[last]?.contains(key) ?? false) { surnames[last, default: []].append(key) }
                if let post = post(d, titles: i..<start), !(posts[post]?.contains(key) ?? false) { posts[post, default: []].append(key) }
                found.append(PersonMention(tokens: start..<end, key: key, titleGender: gender))
            } else if words.count == 1 {
                if let known = surnames[last] {
                    for key in known { found.append(PersonMention(tokens: start..<end, key: key, titleGender: gender)) }
                } else if gender != nil {
                    found.append(PersonMention(tokens: start..<end, key: last, titleGender: gender))
                }
            }
        }
        return found
    }

    func isCapitalizedWord(_ d: Document, _ i: Int) -> Bool {
        let t = d.tokens[i]
        return t.kind == .word && t.has(.capitalized) && !t.has(.allCaps)
    }

    /// A hyphen between two capitalized words, with no space on either side.
    func isHyphenJoin(_ d: Document, _ k: Int) -> Bool {
        k + 1 < d.tokens.count && d.token(k, is: "-") && !d.tokens[k].has(.spaceBefore)
            && isCapitalizedWord(d, k + 1) && !d.tokens[k + 1].has(.spaceBefore)
    }

    /// The run follows a ship prefix on the same line.
    func isVesselName(_ d: Document, _ start: Int) -> Bool {
        start > 0 && d.tokens[start - 1].kind == .word && d.tokens[start].has(.spaceBefore) && !d.tokens[start].has(.lineBefore)
            && PersonFinder.vesselPrefixWords.contains(d, token: start - 1)
    }

    /// Two or three names, not an ordinary phrase ("Good Friday"), an institution or a place.
    func isPersonName(_ words: [String]) -> Bool {
        guard words.count <= 3, let last = words.last?.lowercased(), !PersonFinder.institutions.contains(last),
              !PersonFinder.placeOpeners.contains(words[0].lowercased()) else { return false }
        return words.contains { !dictionary.contains($0) }
    }
}
