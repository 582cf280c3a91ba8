/// The words figures are made of, interned into the shared lexicon when a numeric rule
/// loads, so extraction compares token ids instead of strings.
public struct QuantityVocabulary: Sendable {
    let magnitudes: IDTable<Double>
    let currencyWords: IDTable<String>
    let durations: IDTable<String>
    let numberWords: IDTable<Double>
    let months: IDSet
    let ordinalSuffixes: IDSet
    let qualifiers: [(words: [Int32], qualifier: Quantity.Qualifier)]
    let percent: IDSet
    let per, cent, to, and, between, no, one, a, dozen, long, s: Int32

    public init(lexicon: inout Lexicon) {
        func ids<V: Sendable>(_ table: [String: V]) -> IDTable<V> {
            IDTable(table.sorted { $0.key < $1.key }.map { (lexicon.intern($0.key), $0.value) })
        }
        magnitudes = ids(["thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
                          "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12])
        currencyWords = ids(["dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
                             "pound": "GBP", "pounds": "GBP", "yuan": "CNY", "won": "KRW"])
        var durations: [String: String] = [:]
        for unit in ["hour", "day", "week", "month", "year", "decade"] {
            durations[unit] = unit
            durations[unit + "s"] = unit
        }
        self.durations = ids(durations)
        let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        var numbers: [String: Double] = [:]
        for (n, word) in small.enumerated() { numbers[word] = Double(n) }
        for (n, word) in ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            numbers[word] = Double(30 + 10 * n)
        }
        numbers["hundred"] = 100
        numberWords = ids(numbers)
        months = IDSet(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                      "sept", "oct", "nov", "dec"].map { lexicon.intern($0) })
        ordinalSuffixes = IDSet(["th", "st", "nd", "rd"].map { lexicon.intern($0) })
        percent = IDSet(["%", "percent", "pct"].map { lexicon.intern($0) })
        let phrases: [(String, Quantity.Qualifier)] = [
            ("up to", .atMost), ("as much as", .atMost), ("as many as", .atMost), ("nearly", .atMost),
            ("almost", .atMost), ("no more than", .atMost), ("less than", .atMost), ("fewer than", .atMost),
            ("under", .atMost), ("over", .atLeast), ("more than", .atLeast), ("at least", .atLeast),
            ("above", .atLeast), ("exceeding", .atLeast), ("upwards of", .atLeast), ("about", .approximate),
            ("around", .approximate), ("some", .approximate), ("approximately", .approximate),
            ("roughly", .approximate), ("an estimated", .approximate), ("estimated at", .approximate),
            ("an approximately", .approximate), ("close to", .approximate),
        ]
        qualifiers = phrases.map { phrase in
            (PhraseMatcher.words(of: phrase.0).map { lexicon.intern($0) }, phrase.1)
        }.sorted { $0.words.count > $1.words.count }
        per = lexicon.intern("per")
        cent = lexicon.intern("cent")
        to = lexicon.intern("to")
        and = lexicon.intern("and")
        between = lexicon.intern("between")
        no = lexicon.intern("no")
        one = lexicon.intern("one")
        a = lexicon.intern("a")
        dozen = lexicon.intern("dozen")
        long = lexicon.intern("long")
        s = lexicon.intern("s")
    }
}
