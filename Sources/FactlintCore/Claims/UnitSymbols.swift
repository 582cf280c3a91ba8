/// Units written with symbols after a figure, which need the tokens around them: "km²"
/// and "m³" (a length joined to a superscript), "25°C", "25 °F", "℃", "degrees C", and a
/// capital C or F joined to the number ("a high of 31C"), as British copy writes it.
struct UnitSymbols: Sendable {
    let lengths: IDTable<Unit>
    let degreeSigns: IDSet
    /// "℃", "℉", and "ºC" (a masculine ordinal written for the degree sign is a letter).
    let temperatureSigns: IDTable<Unit>
    let scaleLetters: IDTable<Unit>
    let degreeWords: IDSet
    /// "degrees" alone after digits: a temperature of unknown scale (`bareDegrees`).
    let degreesPlural: Int32
    let angleWords: IDSet
    /// Every word or sign these units start with.
    let starters: [Int32]

    init(lexicon: inout Lexicon) {
        var lengthIDs: [(Int32, Unit)] = []
        for (names, unit) in UnitNames.lengths where names[0].count <= 2 { lengthIDs.append((lexicon.intern(names[0]), unit)) }
        lengths = IDTable(lengthIDs)
        let signs = ["°", "º"].map { lexicon.intern($0) }
        degreeSigns = IDSet(signs)
        let temperature = [("℃", UnitNames.celsius), ("℉", UnitNames.fahrenheit), ("ºc", UnitNames.celsius), ("ºf", UnitNames.fahrenheit)]
            .map { (lexicon.intern($0.0), $0.1) }
        temperatureSigns = IDTable(temperature)
        let letters = [("c", UnitNames.celsius), ("f", UnitNames.fahrenheit)].map { (lexicon.intern($0.0), $0.1) }
        scaleLetters = IDTable(letters)
        let degrees = ["degrees", "degree"].map { lexicon.intern($0) }
        degreeWords = IDSet(degrees)
        degreesPlural = degrees[0]
        angleWords = IDSet(UnitSymbols.angleNames.map { lexicon.intern($0) })
        starters = lengthIDs.map(\.0) + signs + temperature.map(\.0) + letters.map(\.0) + degrees
    }
}

extension QuantityReader {
    /// The symbol unit at `end`, right after a figure, and where it ends.
    func symbolUnitAfter(_ d: Document, at end: Int) -> (unit: Unit, end: Int)? {
        let t = d.tokens, s = v.symbols
        let word = t[end].word
        let next = end + 1 < t.count ? end + 1 : nil
        if let length = s.lengths[word], let n = next, t[n].isJoined {
            if d.token(n, is: "²") { return (UnitNames.squared(length), n + 1) }
            if d.token(n, is: "³") { return (UnitNames.cubed(length), n + 1) }
        }
        if let unit = s.temperatureSigns[word] { return (unit, end + 1) }
        // "°C", "° F": the scale letter right after the sign.
        if s.degreeSigns.contains(word), let n = next, t[n].length == 1, !t[n].has(.lineBefore), let unit = s.scaleLetters[t[n].word] {
            return (unit, n + 1)
        }
        // "degrees C": a capital, on its own.
        if s.degreeWords.contains(word), let n = next, t[n].length == 1, t[n].has(.allCaps), let unit = s.scaleLetters[t[n].word] {
            return (unit, n + 1)
        }
        // "31C": a capital joined to the digits, with nothing joined after it and no name
        // before the number ("Gate 4C", "Flat 2F" are labels).
        if t[end].isJoined, t[end].length == 1, t[end].has(.allCaps), end >= 1, t[end - 1].kind == .number,
           let unit = s.scaleLetters[word], !(next.map { t[$0].isJoined && t[$0].kind != .punct } ?? false),
           !(end >= 2 && t[end - 2].kind == .word && t[end - 2].has(.capitalized)) {
            return (unit, end + 1)
        }
        return nil
    }
}
