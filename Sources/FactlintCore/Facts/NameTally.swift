/// How the articles write capitalized words: per article (evidence), then merged for the
/// whole corpus, so the corpus's names and their rare near misses can be told apart.
public struct NameTally: Sendable {
    public struct Place: Sendable {
        var location: SourceLocation
        /// Inside a quotation: never rewritten.
        var quoted: Bool
    }

    /// One capitalized form in one article.
    struct Form: Sendable {
        var text: String
        var count = 0
        var midSentence = 0
        /// The first few places, in text order.
        var places: [Place] = []
    }

    /// Two capitalized words in a row ("Nordvik Maritime"), with the place of each.
    struct Pair: Sendable {
        var first: String
        var second: String
        var places: [(Place, Place)]
    }

    /// What one article writes.
    public struct Article: Sendable {
        var forms: [Form] = []
        var pairs: [Pair] = []

        static let placesKept = 3

        init(_ d: Document, minLength: Int) {
            let tokens = d.tokens
            let quotes = d.quotations.map(\.bytes)
            var q = 0
            var sentence = 0
            var index: [String: Int] = [:]
            var pairIndex: [String: Int] = [:]
            // `word`: the token the place is of (`token` moves on past a title's full stop). A
            // place's location is made only when it is kept (the first few of each form or pair).
            var previous: (text: String, quoted: Bool, token: Int, word: Int)? = nil
            func place(_ k: Int, _ quoted: Bool) -> Place { Place(location: d.location(tokens[k].range), quoted: quoted) }
            for i in tokens.indices {
                let t = tokens[i]
                while sentence + 1 < d.sentences.count && d.sentences[sentence + 1].tokens.lowerBound <= i { sentence += 1 }
                // A title's full stop ("Ms. Wendt") keeps the pair together.
                if let p = previous, p.token == i - 1, d.token(i, is: "."), NameTally.titles.contains(p.text.lowercased()) {
                    previous?.token = i
                    continue
                }
                // An all-caps word is no name form, but a rank in capitals opens a pair ("DCI Baird").
                guard t.kind == .word, t.has(.capitalized),
                      !t.has(.allCaps) || NameTally.titles.contains(d.string(token: i).lowercased()) else {
                    previous = nil
                    continue
                }
                while q < quotes.count && quotes[q].upperBound <= Int(t.start) { q += 1 }
                let quoted = q < quotes.count && quotes[q].contains(Int(t.start))
                let text = d.string(token: i)
                defer { previous = (text, quoted, i, i) }
                if let p = previous, p.token == i - 1, t.has(.spaceBefore), !t.has(.lineBefore) {
                    let key = p.text + " " + text
                    if pairIndex[key] == nil {
                        pairIndex[key] = pairs.count
                        pairs.append(Pair(first: p.text, second: text, places: []))
                    }
                    let k = pairIndex[key]!
                    if pairs[k].places.count < Article.placesKept { pairs[k].places.append((place(p.word, p.quoted), place(i, quoted))) }
                }
                guard !t.has(.allCaps), t.length >= min(4, minLength) else { continue }
                let slot: Int
                if let known = index[text] {
                    slot = known
                } else {
                    slot = forms.count
                    index[text] = slot
                    forms.append(Form(text: text))
                }
                forms[slot].count += 1
                if !NameTally.startsSentence(d, token: i, sentenceStart: d.sentences[sentence].tokens.lowerBound) {
                    forms[slot].midSentence += 1
                }
                if forms[slot].places.count < Article.placesKept { forms[slot].places.append(place(i, quoted)) }
            }
        }
    }

    /// A form across the corpus.
    struct Total {
        var text: String
        var count = 0
        var midSentence = 0
        var articles = 0
        /// Places in each article that writes it, in article order.
        var places: [[Place]] = []
    }

    var totals: [Total] = []
    /// Pair counts: key "first second" → (count of places, articles).
    var pairArticles: [String: Int] = [:]
    var pairCounts: [String: Int] = [:]
    /// Article index of each total's places (parallel to `places`).
    var articleOf: [[Int]] = []
    let articles: [Article]

    init(_ articles: [Article]) {
        self.articles = articles
        var index: [String: Int] = [:]
        for (a, article) in articles.enumerated() {
            for form in article.forms {
                let slot: Int
                if let known = index[form.text] {
                    slot = known
                } else {
                    slot = totals.count
                    index[form.text] = slot
                    totals.append(Total(text: form.text))
                    articleOf.append([])
                }
                totals[slot].count += form.count
                totals[slot].midSentence += form.midSentence
                totals[slot].articles += 1
                totals[slot].places.append(form.places)
                articleOf[slot].append(a)
            }
            for pair in article.pairs {
                let key = pair.first + " " + pair.second
                pairArticles[key, default: 0] += 1
                pairCounts[key, default: 0] += pair.places.count
            }
        }
    }

    /// Titles before a name: the word after one is in a name's slot ("Ms Went" for "Ms Wendt").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lady", "lord", "justice", "judge",
        "president", "minister", "senator", "governor", "mayor", "chancellor", "premier", "general", "captain",
        "coach", "director", "commissioner", "ambassador", "secretary", "chairman", "chairwoman", "chief",
        // Ranks of police, armed forces and clergy, and their abbreviations ("DCI Baird", "Sgt. Ortiz").
        "inspector", "sergeant", "constable", "superintendent", "detective", "officer", "sheriff", "dci", "di", "dc",
        "ds", "pc", "sgt", "insp", "supt", "det", "colonel", "col", "lieutenant", "lt", "major", "commander", "cmdr",
        "admiral", "adm", "corporal", "cpl", "private", "pte", "rev", "reverend", "father", "bishop", "rabbi", "imam",
        "councillor", "councilman", "councilwoman", "alderman", "representative", "rep", "sen", "gov",
    ]

    /// A sentence's first word, or the first word inside an opening quote or after a dash
    /// at a sentence start, is capitalized by grammar, not because it is a name.
    static func startsSentence(_ d: Document, token i: Int, sentenceStart: Int) -> Bool {
        var k = i - 1
        while k >= sentenceStart && d.tokens[k].kind == .punct { k -= 1 }
        return k < sentenceStart || d.tokens[i].has(.lineBefore) || (i > 0 && d.token(i - 1, is: ":"))
    }
}

extension NameTally.Article: Codable {}
extension NameTally.Form: Codable {}
extension NameTally.Place: Codable {}
