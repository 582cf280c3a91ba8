/// One key per person across a corpus, though the articles write the name in several ways:
/// - accents, hyphens and case are folded ("Jan-Erik Lindqvist" is "Jan Erik Lindqvist");
/// - a name run that swallowed a title word before it is the shorter name the corpus also
///   writes ("Executive Katharina Wendt", "Commissioner of Competition Sylvie Beaulieu" →
///   "Katharina Wendt", "Sylvie Beaulieu"; "Jan Erik Lindqvist" → "Erik Lindqvist" when
///   only that shorter form also occurs);
/// - a misspelling in one article ("Sylvie Beaulieau") is the form more articles write,
///   when every word is within a slip of it ("Sylvie Beaulieu"), so a pronoun for a
///   misspelled name is still judged. Different given names stay different people
///   ("Felix Wendt" and "Katharina Wendt").
struct PersonKeys {
    /// Raw key → the corpus's key for the same person.
    private var canonical: [String: String] = [:]
    /// Raw key or word → its folded form, computed once per distinct string.
    private var folds: [String: String] = [:]

    /// `keysByArticle`: the names each article uses, full or surname alone.
    init(keysByArticle: [[String]]) {
        var folds: [String: String] = [:]
        for keys in keysByArticle { for key in keys where folds[key] == nil { folds[key] = PersonKeys.fold(key) } }
        self.folds = folds
        var surnameSupport: [String: Set<Int>] = [:] // folded word → articles writing it alone
        for (a, keys) in keysByArticle.enumerated() {
            for key in keys where !key.contains(" ") { surnameSupport[folds[key]!, default: []].insert(a) }
        }
        var support: [String: Set<Int>] = [:] // folded → articles
        var spelling: [String: [String: Int]] = [:] // folded → raw form → uses
        for (a, keys) in keysByArticle.enumerated() {
            for key in keys where key.contains(" ") {
                let folded = folds[key]!
                support[folded, default: []].insert(a)
                spelling[folded, default: [:]][key, default: 0] += 1
            }
        }
        /// Articles that write the name, or its surname alone; counted once per name (the
        /// slip search asks again for every candidate, and each count is a set union).
        var counted: [String: Int] = [:]
        func articles(_ folded: String) -> Int {
            if let count = counted[folded] { return count }
            let surname = String(folded.split(separator: " ").last ?? "")
            let count = (support[folded] ?? []).union(surnameSupport[surname] ?? []).count
            counted[folded] = count
            return count
        }
        let names = support.keys.sorted()
        // A slip shares a word with its better form: index by word, so the search stays near linear.
        var byWord: [String: [String]] = [:]
        for folded in names { for word in Set(folded.split(separator: " ").map(String.init)) { byWord[word, default: []].append(folded) } }
        var target: [String: String] = [:] // folded → folded
        for folded in names {
            var words = folded.split(separator: " ").map(String.init)
            // The shortest ending of two or more words that the corpus writes on its own.
            for drop in stride(from: words.count - 2, to: 0, by: -1) {
                let shorter = words[drop...].joined(separator: " ")
                if support[shorter] != nil { words = Array(words[drop...]); break }
            }
            var best = words.joined(separator: " ")
            // A slip of a better-supported name with the same number of words.
            let near = Set(words.flatMap { byWord[$0] ?? [] }).sorted()
            for other in near where articles(other) > articles(best) && PersonKeys.isSlip(of: other, words) { best = other }
            target[folded] = best
        }
        for (folded, forms) in spelling {
            let goal = target[folded] ?? folded
            let display = (spelling[goal] ?? forms).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first!.key
            for raw in forms.keys { canonical[raw] = display }
        }
    }

    /// The corpus's key for a raw key (itself when the corpus knows no other form).
    func key(_ raw: String) -> String { canonical[raw] ?? raw }

    /// `fold`, remembered for the strings the corpus gave.
    func folded(_ raw: String) -> String { folds[raw] ?? PersonKeys.fold(raw) }

    /// Lowercase, no accents, hyphens as spaces.
    static func fold(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" })
            .map { VariantsRule.fullKey(String($0)) }.joined(separator: " ")
    }

    /// Every word of `words` is the same as the other's or one edit from it (two for words of
    /// eight letters or more), the first letters agree, and at least one word is the same.
    static func isSlip(of other: String, _ words: [String]) -> Bool {
        let others = other.split(separator: " ").map(String.init)
        guard others.count == words.count, others != words else { return false }
        var same = 0
        for (x, y) in zip(words, others) {
            if x == y { same += 1; continue }
            guard x.first == y.first, min(x.count, y.count) >= 4,
                  EditDistance.distance(x, y, limit: max(x.count, y.count) >= 8 ? 2 : 1) != nil else { return false }
        }
        return same >= 1
    }
}
