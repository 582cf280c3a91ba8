/// The words figures are made of, interned into the shared lexicon when a numeric rule
/// loads, so reading compares token ids instead of strings.
public struct QuantityVocabulary: Sendable {
    let magnitudes: IDTable<Double>
    let currencyWords: IDTable<String>
    /// ISO 4217 codes (read only when written in capitals).
    let currencyCodes: IDTable<String>
    /// Multi-word currencies after a number ("Norwegian kroner"), longest first.
    let qualifiedCurrencies: [(words: [Int32], code: String)]
    /// Currencies and magnitudes written after the number ("310 Mkr", "27 M€", "1.2 Mio.").
    let moneyAfter: MoneyAfterVocabulary
    let units: IDTable<Unit>
    /// Every word a unit after a figure can start with (one bit test rejects the rest).
    let unitStarters: IDSet
    /// Multi-word units after a number ("miles per hour"), longest first.
    let unitPhrases: [(words: [Int32], unit: Unit)]
    /// Units written with symbols: "km²", "°C", "30C" (see `QuantityReader.symbolUnitAfter`).
    let symbols: UnitSymbols
    let numberWords: IDTable<Double>
    /// Words a figure can start with: number words, "a"/"an" ("a dozen"), "dozen"; and
    /// with ordinal words ("ninth") too.
    let starters: IDSet
    let startersWithOrdinals: IDSet
    let ordinalWords: IDTable<Double>
    let months: IDSet
    let ordinalSuffixes: IDSet
    let qualifiers: [(words: [Int32], qualifier: Quantity.Qualifier)]
    /// The last word of every qualifier: one bit test before matching phrases.
    let qualifierEnds: IDSet
    let percent: IDSet
    /// Words after a figure that make it a per-item amount: "$100 billion each".
    let perItem: IDSet
    /// "13 other objects", "the 40 remaining guests": the rest of a whole.
    let remainder: IDSet
    /// Words after "of" that make a figure a part of a whole: "600 of the employees".
    let partitive: IDSet
    /// Words that frame a clause's figure as somebody's expectation, not the fact.
    let expectation: IDSet
    /// Words that make the number before them a time of day: "4.17am", "0717 GMT".
    let clock: IDSet
    /// Words that make a dotted "8.45" after them a time of day: "finished at 11.04".
    let clockBefore: IDSet
    let by, per, cent, to, and, between, no, one, a, an, dozen, s, half, quarter, hundred, of, out, sterling, pounds, h, m: Int32
    /// "magnitude-2.1" is a figure, not a model name like "F-35".
    let magnitude: Int32

    public init(lexicon: inout Lexicon) {
        // Ids of every word a unit can start with, collected while the tables are built.
        var unitStartIDs: [Int32] = []
        func ids<V: Sendable>(_ table: [(String, V)], startUnits: Bool = false) -> IDTable<V> {
            let pairs = table.map { (lexicon.intern($0.0), $0.1) }
            if startUnits { unitStartIDs += pairs.map(\.0) }
            return IDTable(pairs)
        }
        func set(_ words: [String]) -> IDSet { IDSet(words.map { lexicon.intern($0) }) }
        // The phrases here are plain words separated by spaces.
        func phrase(_ text: String) -> [Int32] { text.split(separator: " ").map { lexicon.intern(String($0)) } }
        magnitudes = ids([("thousand", 1e3), ("k", 1e3), ("million", 1e6), ("m", 1e6), ("mn", 1e6), ("mln", 1e6),
                          ("billion", 1e9), ("bn", 1e9), ("bln", 1e9), ("b", 1e9), ("trillion", 1e12), ("tn", 1e12), ("trn", 1e12)])
        currencyWords = ids(Currencies.words, startUnits: true)
        currencyCodes = ids(Currencies.codes.filter { !Currencies.wordLike.contains($0) }.map { ($0, $0) }, startUnits: true)
        qualifiedCurrencies = Currencies.qualified.map { (phrase($0.0), $0.1) }.sorted { $0.words.count > $1.words.count }
        moneyAfter = MoneyAfterVocabulary(lexicon: &lexicon)
        units = ids(UnitNames.after, startUnits: true)
        unitPhrases = UnitNames.speeds.map { (phrase($0.0), $0.1) }.sorted { $0.words.count > $1.words.count }
        unitStartIDs += qualifiedCurrencies.map { $0.words[0] } + unitPhrases.map { $0.words[0] }
        symbols = UnitSymbols(lexicon: &lexicon)
        unitStartIDs += symbols.starters
        unitStarters = IDSet(unitStartIDs + ["%", "percent", "pct", "per", "pounds"].map { lexicon.intern($0) })
        let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var numbers: [(String, Double)] = small.enumerated().map { ($1, Double($0)) }
        numbers += tens.enumerated().map { ($1, Double(20 + 10 * $0)) }
        numbers.append(("hundred", 100))
        numberWords = ids(numbers)
        let smallOrdinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                             "seventeenth", "eighteenth", "nineteenth"]
        let tenOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
        var ordinals: [(String, Double)] = smallOrdinals.enumerated().dropFirst().map { ($1, Double($0)) }
        ordinals += tenOrdinals.enumerated().map { ($1, Double(20 + 10 * $0)) }
        ordinals.append(("hundredth", 100))
        ordinalWords = ids(ordinals)
        starters = set(numbers.map(\.0) + ["a", "an", "dozen"])
        startersWithOrdinals = set(numbers.map(\.0) + ordinals.map(\.0) + ["a", "an", "dozen"])
        months = set(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                      "sept", "oct", "nov", "dec"])
        ordinalSuffixes = set(["th", "st", "nd", "rd"])
        percent = set(["%", "percent", "pct"])
        perItem = set(["each", "apiece"])
        remainder = set(["other", "remaining"])
        partitive = set(["the", "its", "their", "them", "those", "these", "his", "her", "our", "whom", "which", "all"])
        expectation = set(["expected", "expectation", "expectations", "forecast",
                           "forecasts", "forecasted", "forecasting", "predicted", "predict", "predicts", "projected",
                           "anticipated", "consensus", "hoped", "targeted", "guidance"])
        let phrases: [(String, Quantity.Qualifier)] = [
            ("up to", .atMost), ("as much as", .atMost), ("as many as", .atMost), ("nearly", .atMost),
            ("almost", .atMost), ("no more than", .atMost), ("less than", .atMost), ("fewer than", .atMost),
            ("under", .atMost), ("just under", .atMost), ("over", .atLeast), ("more than", .atLeast), ("at least", .atLeast),
            ("above", .atLeast), ("exceeding", .atLeast), ("upwards of", .atLeast), ("upward of", .atLeast),
            ("in excess of", .atLeast), ("just over", .atLeast), ("well over", .atLeast), ("about", .approximate),
            ("around", .approximate), ("some", .approximate), ("approximately", .approximate),
            ("roughly", .approximate), ("an estimated", .approximate), ("estimated at", .approximate),
            ("an approximately", .approximate), ("close to", .approximate), ("circa", .approximate),
            ("approx", .approximate),
        ]
        qualifiers = phrases.map { (phrase($0.0), $0.1) }.sorted { $0.words.count > $1.words.count }
        qualifierEnds = IDSet(qualifiers.compactMap(\.words.last))
        by = lexicon.intern("by")
        per = lexicon.intern("per")
        cent = lexicon.intern("cent")
        to = lexicon.intern("to")
        and = lexicon.intern("and")
        between = lexicon.intern("between")
        no = lexicon.intern("no")
        one = lexicon.intern("one")
        a = lexicon.intern("a")
        an = lexicon.intern("an")
        dozen = lexicon.intern("dozen")
        s = lexicon.intern("s")
        half = lexicon.intern("half")
        quarter = lexicon.intern("quarter")
        hundred = lexicon.intern("hundred")
        of = lexicon.intern("of")
        out = lexicon.intern("out")
        sterling = lexicon.intern("sterling")
        pounds = lexicon.intern("pounds")
        h = lexicon.intern("h")
        m = lexicon.intern("m")
        magnitude = lexicon.intern("magnitude")
        clock = set(["am", "pm", "gmt", "utc", "cet", "est", "edt", "pst", "bst", "hrs"])
        clockBefore = set(["at", "until", "till"])
    }
}
