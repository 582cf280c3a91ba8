/// The words dates are made of, interned into the shared lexicon at load. A class: the
/// extractor reads it at every token, and a struct this size was copied on each read.
final class DateVocabulary: Sendable {
    let months: IDTable<Int>
    let weekdays: IDTable<Int>
    /// Two-letter weekdays ("Mo", "Tu"): read only right before a date ("Mo, 7 October").
    let shortWeekdays: IDTable<Int>
    /// Words that put a clause in the future ("will", "scheduled") or the past ("was", "said"),
    /// for resolving a bare weekday: "published on Tuesday" is the last one, "will meet on
    /// Tuesday" and "work begins Tuesday" the next.
    let future, past: IDSet
    let units: IDTable<String>
    let smallNumbers: IDTable<Int>
    let ordinalSuffixes: IDSet
    let before, after: Int32
    /// "a Saturday", "every Tuesday": a weekday after these names no particular day.
    let indefinites: IDSet
    let last, next, this, ago, earlier, later, yesterday, today, tomorrow, between, from, to, and, or, s, a, date, dated, the, inWord, onWord: Int32
    /// Words a relative expression can start with ("yesterday", "last", "two", "a"): every
    /// other word is rejected with one bit test instead of a full attempt.
    let relativeStarters: IDSet
    /// Words any date expression can start with: relative starters, weekdays and months.
    let wordStarters: IDSet

    init(lexicon: inout Lexicon) {
        var months = IDTable<Int>()
        for (i, name) in CivilDate.monthNames.enumerated() {
            months[lexicon.intern(name)] = i + 1
            months[lexicon.intern(String(name.prefix(3)))] = i + 1
        }
        months[lexicon.intern("Sept")] = 9
        self.months = months
        var weekdays = IDTable<Int>()
        for (i, name) in CivilDate.weekdayNames.enumerated() {
            weekdays[lexicon.intern(name)] = i
            weekdays[lexicon.intern(String(name.prefix(3)))] = i
        }
        weekdays[lexicon.intern("Tues")] = 2
        weekdays[lexicon.intern("Thurs")] = 4
        self.weekdays = weekdays
        var short = IDTable<Int>()
        for (i, name) in ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"].enumerated() { short[lexicon.intern(name)] = i }
        shortWeekdays = short
        future = IDSet(["will", "ll", "shall", "due", "scheduled", "expected", "set", "plans", "planned", "upcoming",
                        "going", "until", "till",
                        // A present-tense start is a schedule: "Repairs begin Monday" is the coming one.
                        "begin", "begins", "start", "starts", "starting", "resume", "resumes", "reopens",
                        // Present intent: "the museum hopes to reopen on Tuesday".
                        "hopes", "aims", "intends", "wants", "expects", "promises", "vows", "pledges",
                        // The future of a report: "said the tug would attempt it on Monday".
                        "would"].map { lexicon.intern($0) })
        past = IDSet(["was", "were", "had", "did", "said", "told", "met", "held", "took", "gave", "made", "went", "came",
                      "won", "lost", "began", "saw", "spoke", "left", "flew", "sold", "paid", "wrote", "ran", "struck",
                      "fell", "rose", "hit", "put", "cut", "shut", "quit", "led", "found", "brought", "became", "ago", "since",
                      // Irregular pasts a regular "-ed" test misses.
                      "stood", "sat", "kept", "sent", "spent", "built", "felt", "heard", "knew", "thought", "bought",
                      "caught", "fought", "meant", "broke", "chose", "drove", "rode", "wore", "threw", "grew", "drew",
                      "got", "shook", "sang", "rang", "sank", "fled", "slept", "swept", "dealt", "lit", "forgot", "stole"]
                     .map { lexicon.intern($0) })
        var units = IDTable<String>()
        for unit in ["day", "week", "month", "year"] {
            units[lexicon.intern(unit)] = unit
            units[lexicon.intern(unit + "s")] = unit
        }
        self.units = units
        var numbers = IDTable<Int>()
        for (i, word) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].enumerated() {
            numbers[lexicon.intern(word)] = i + 1
        }
        smallNumbers = numbers
        ordinalSuffixes = IDSet(["st", "nd", "rd", "th"].map { lexicon.intern($0) })
        before = lexicon.intern("before"); after = lexicon.intern("after")
        last = lexicon.intern("last"); next = lexicon.intern("next"); this = lexicon.intern("this")
        ago = lexicon.intern("ago"); earlier = lexicon.intern("earlier"); later = lexicon.intern("later")
        indefinites = IDSet(["a", "an", "every", "each"].map { lexicon.intern($0) })
        yesterday = lexicon.intern("yesterday"); today = lexicon.intern("today"); tomorrow = lexicon.intern("tomorrow")
        between = lexicon.intern("between"); from = lexicon.intern("from"); to = lexicon.intern("to")
        and = lexicon.intern("and"); or = lexicon.intern("or"); s = lexicon.intern("s"); a = lexicon.intern("a")
        date = lexicon.intern("date"); dated = lexicon.intern("dated"); the = lexicon.intern("the"); inWord = lexicon.intern("in"); onWord = lexicon.intern("on")
        let relative = [yesterday, today, tomorrow, last, next, this, earlier, later, a]
            + ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map { lexicon.intern($0) }
        relativeStarters = IDSet(relative)
        let calendar = (CivilDate.monthNames + CivilDate.weekdayNames).flatMap { [$0, String($0.prefix(3))] } + ["Sept", "Tues", "Thurs"]
            + ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"]
        wordStarters = IDSet(relative + calendar.map { lexicon.intern($0) })
    }
}
